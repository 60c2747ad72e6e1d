from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "friend")
    body = f"<p>Hi {name}, your next roast ships Monday.</p>"
    return body


@app.route("/status")
def status():
    return {"ok": Tr