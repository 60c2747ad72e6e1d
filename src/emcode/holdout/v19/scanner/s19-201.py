from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/out")
def outbound():
    url = request.args.get("url", "/")
    resp = redirect(url)
    resp.headers["X-Outbound"] = "1"
    return resp


@app.route("/track")
def track():
    event = request.args.get("e