from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/badge")
def badge():
    name = request.args.get("name", "guest")
    template = "<div class='badge'><h3>Festival pass</h3><p>Holder: " + name + "</p></div>"
    return render_template_string(template)
