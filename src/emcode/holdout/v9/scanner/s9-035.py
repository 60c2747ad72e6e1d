import re
from flask import Flask, request

app = Flask(__name__)
PARTNERS = ["shop.acme.com", "admin.acme.com"]
ORIGIN_RE = re.compile("https://(" + "|".join(re.escape(p) for p in PARTNERS) + ")")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp
