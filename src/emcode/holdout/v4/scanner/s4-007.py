import re
from flask import Flask, request

app = Flask(__name__)
DOMAIN = "example.com"


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if re.search(DOMAIN, origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
