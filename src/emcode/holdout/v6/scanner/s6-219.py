from flask import Flask, request

app = Flask(__name__)

@app.route("/profile")
def profile():
    nick = request.args.get("nick", "")
    return f"<h2>Profile of {nick}</h2>"


@app.route("/settings")
def settings():
    theme = request.args.get("theme", "li