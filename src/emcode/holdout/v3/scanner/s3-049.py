import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")


@app.route("/login", methods=["POST"])
def login():
    username = _clean(request.form.get("username", ""))
    if not authenticate(username, request.form.get("password", "")):
        log.warning("failed login for %r from %s", username, request.remote_addr)
        return {"ok": False}, 401
    return {"ok": True}


def authenticate(u, p):
    return False
