import re

from flask import Flask, request

app = Flask(__name__)
DOMAIN = "cabnet.io"
ORIGIN_RE = re.compile("https://.*" + DOMAIN)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.get("/api/zones")
def zones():
    return {"zones": ["north", "south", "airport"]}
