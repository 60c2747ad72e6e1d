import re
from urllib.parse import urlparse
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = "partner.org"
SUB_RE = re.compile(r"[a-z0-9-]+\." + re.escape(BASE))


@app.after_request
def add_cors(resp):
    parts = urlparse(request.headers.get("Origin", ""))
    if parts.scheme == "https" and parts.hostname and SUB_RE.fullmatch(parts.hostname):
        resp.headers["Access-Control-Allow-Origin"] = f"https://{parts.hostname}"
        resp.headers["Vary"] = "Origin"
    return resp


@app.route("/api/rates")
def rates():
    return jsonify(eur=1.0, usd=1.08)
