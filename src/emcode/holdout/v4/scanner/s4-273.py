from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    name = request.args.get("name", "friend")
    template = "<h1>Happy birthday " + name + "!</h1>"
    return render_template_string(template)
