import os
import re
from flask import Flask, request

app = Flask(__name__)
ORIGIN_PATTERN = re.compile(r"https://.*" + os.environ.get("APP_DOMAIN", "app.example.org"))


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_PATTERN.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return {"user": "demo"}
