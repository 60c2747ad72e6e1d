import re

from flask import Flask, request

app = Flask(__name__)
PARTNERS = ["app.fleetco.com", "portal.fleetco.com"]
ORIGIN_RE = re.compile("https://(?:" + "|".join(re.escape(p) for p in PARTNERS) + ")")


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Vary"] = "Origin"
    return resp


@app.get("/api/positions")
def positions():
    return {"vehicles": []}
