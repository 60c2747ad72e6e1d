import re
from flask import Flask, request

app = Flask(__name__)
BASES = ["dashboard.acme.io", "admin.acme.io"]
ORIGIN_RE = re.compile(r"^https://(?:" + "|".join(re.escape(b) for b in BASES) + r")$")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
