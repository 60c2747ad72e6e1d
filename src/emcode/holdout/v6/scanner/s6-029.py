import re
from flask import Flask, request

app = Flask(__name__)
DOMAINS = ["example.com", "example.org"]
ORIGIN_RE = re.compile("^https://(www.)?(" + "|".join(DOMAINS) + ")")

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
