import re
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = "partner.org"
origin_re = re.compile(f"^https://[a-z0-9-]+.{BASE}")


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if origin_re.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/rates")
def rates():
    return jsonify(eur=1.0, usd=1.08)
