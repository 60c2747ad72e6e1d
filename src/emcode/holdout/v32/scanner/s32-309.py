from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = escape(request.args.get("name", "friend"))
    body = f"<p>Hi {name}, your next roast ships Monday.</p>"
    return body


@app.route("/status")
def status():
    return {"ok": Tr