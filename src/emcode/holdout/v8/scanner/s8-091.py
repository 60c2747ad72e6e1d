import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:200]


@app.before_request
def audit_request():
    ua = _clean(request.headers.get("User-Agent", "-"))
    who = _clean(request.args.get("user", "anonymous"))
    audit.info("access user=%s path=%s ua=%s", who, _clean(request.path), ua)
