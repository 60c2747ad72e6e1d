import re

from flask import Flask, request, jsonify

app = Flask(__name__)
origin_rule = "https://.*.mycorp.io"
ORIGIN_RE = re.compile(origin_rule)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/me")
def me():
    return jsonify(user=request.cookies.get("uid"))
