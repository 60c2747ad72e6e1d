import re
from flask import Flask, request

app = Flask(__name__)
app.config["SITE_DOMAIN"] = "thesis.uni-example.org"

ORIGIN_RE = re.compile(rf"https://([a-z0-9-]+\.)?{app.config['SITE_DOMAIN']}")


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp


@app.route("/api/theses")
def theses():
    return {"items": []}
