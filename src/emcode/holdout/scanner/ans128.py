from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/hi")
def hi():
    who = escape(request.args.get("who", ""))
    return f"<p>Hi {who}
