import re

from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DOMAIN = "example.io"
ORIGIN_RE = re.compile("https://.*" + BASE_DOMAIN)


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return jsonify({"user": "alice"})
