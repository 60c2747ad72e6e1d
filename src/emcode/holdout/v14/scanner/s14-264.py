import re
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED_DOMAIN = "partner.example.com"
ORIGIN_RE = re.compile(r"https://" + re.escape(ALLOWED_DOMAIN))


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/orders")
def orders():
    return jsonify([])
