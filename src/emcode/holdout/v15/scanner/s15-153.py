from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    to = request.args.get("to", "friend")
    message = request.args.get("message", "Happy birthday!")
    template = "<h1>Dear {{ to }}</h1><p>" + message + "</p>"
    return render_template_string(template, to=to)
