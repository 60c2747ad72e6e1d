import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("gateway")


@app.before_request
def trace():
    rid = request.headers.get("X-Request-ID", "-")
    log.warning("request " + rid + " " + request.path)


@app.get("/api/items")
def items():
    return {"items": [