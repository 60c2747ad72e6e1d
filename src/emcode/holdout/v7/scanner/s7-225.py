from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/card")
def card():
    to = request.args.get("to", "friend")
    msg = request.args.get("msg", "Happy birthday!")
    source = "<div class='card'><h2>Dear " + to + "</h2><p>" + msg + "</p><small>{{ sent }}</small></div>"
    return render_template_string(source, sent="sent with love")
