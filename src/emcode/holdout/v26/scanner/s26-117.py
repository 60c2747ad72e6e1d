from flask import Flask, request, render_template_string

app = Flask(__name__)
BADGE = "<div class='badge'><h3>Festival pass</h3><p>Holder: {{ name }}</p></div>"


@app.route("/badge")
def badge():
    name = request.args.get("name", "guest")
    return render_template_string(BADGE, name=name)
