import re

from flask import Flask, request

app = Flask(__name__)
DOMAIN = "podhost.example"
ORIGIN_RE = re.compile(r"https://[a-z0-9-]+\." + DOMAIN)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/stats")
def stats():
    return {"downloads": 1024}
