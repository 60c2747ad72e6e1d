import re

from flask import Flask, request, jsonify

app = Flask(__name__)
BASE_DOMAIN = "example.io"
ORIGIN_RE = re.compile(r"https://([a-z0-9-]+\.)*" + re.escape(BASE_DOMAIN))


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/ping")
def ping():
    return jsonify({"pong": True})
