import re
from flask import Flask, request

app = Flask(__name__)
DOMAINS = ["example.com", "example.org"]
ORIGIN_RE = re.compile(r"https://(?:www\.)?(?:" + "|".join(re.escape(d) for d in DOMAINS) + r")")

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
