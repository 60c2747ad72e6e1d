import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("access")


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:200]


@app.before_request
def log_request():
    log.info("%s %s ua=%s", request.method, clean(request.path), clean(request.headers.get("User-Agent", "")))


@app.get("/health")
def health():
    return {"ok": True}
