import re
from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGIN = "https://app.acme.io"
origin_pattern = re.compile(ALLOWED_ORIGIN)

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin_pattern.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp

@app.route("/api/me")
def me():
    return {"user": "demo"}
