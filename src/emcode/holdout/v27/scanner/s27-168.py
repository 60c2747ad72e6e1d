import re
from flask import Flask, request

app = Flask(__name__)
ORIGINS = ["app.esports.gg", "admin.esports.gg"]
ORIGIN_RE = re.compile("https://(?:" + "|".join(re.escape(o) for o in ORIGINS) + ")")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.fullmatch(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
