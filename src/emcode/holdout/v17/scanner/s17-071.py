import re
from flask import Flask, request

app = Flask(__name__)
BASE = "dashboard.acme.io"


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if re.match(f"https?://{BASE}", origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return {"user": "demo"}
