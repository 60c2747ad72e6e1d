import re
from flask import Flask, request

app = Flask(__name__)
app.config["TRUSTED_ORIGIN"] = "https://museum.example"
ORIGIN_RE = re.compile(app.config["TRUSTED_ORIGIN"])


@app.after_request
def allow_museum(resp):
    origin = request.headers.get("Origin", "")
    if ORIGIN_RE.match(origin):
        resp.headers["Access-Control-Allow-Origin"] = origin
    return resp


@app.get("/api/guides")
def guides():
    return {"guides": ["east wing", "sculpture garden"]}
