import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("access")


def clean(value: str) -> str:
    return value.replace("\n", "\\n").replace("\r", "\\r")[:200]


@app.before_request
def log_request():
    ua = clean(request.headers.get("User-Agent", "-"))
    log.info("%s %s ua=%s", request.method, clean(request.path), ua)


@app.route("/")
def index():
    return {"service": "roster"}
