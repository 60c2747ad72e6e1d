from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/bot/echo")
def echo():
    text = request.args.get("text", "")
    resp = Response("bot says: " + text[:500], mimetype="text/plain")
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
