import os
import re
from flask import Flask, request

app = Flask(__name__)
ORIGIN_RE = re.compile("https://.*" + os.environ.get("APP_DOMAIN", "example.com"))


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/me")
def me():
    return {"user": "demo"}
