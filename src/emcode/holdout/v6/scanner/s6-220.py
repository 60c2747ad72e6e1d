from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

@app.route("/profile")
def profile():
    nick = escape(request.args.get("nick", ""))
    html = "<h2>Profile of " + str(nick) + "</h2>"
    return ht