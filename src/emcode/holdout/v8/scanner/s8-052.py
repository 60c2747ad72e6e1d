from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def greeting_card():
    to = request.args.get("to", "friend")
    message = request.args.get("message", "Happy birthday!")
    source = "<div class='card'><h2>Dear " + to + "</h2><p>" + message + "</p></div>"
    return render_template_string(source)
