import re
from flask import Flask, request

app = Flask(__name__)
PARTNERS = ["shop.acme.com", "admin.acme.com"]
ORIGIN_RE = re.compile("^https://(" + "|".join(PARTNERS) + ")")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/me")
def me():
    return {"user": "demo"}
