import re
from flask import Flask, request

app = Flask(__name__)
TRUSTED_ORIGIN = r"app.mycorp.io"

@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if re.search(TRUSTED_ORIGIN, origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
