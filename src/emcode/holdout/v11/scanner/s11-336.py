import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


def _clean(s):
    return s.replace("\r", " ").replace("\n", " ")[:80]


@app.post("/login")
def login():
    user = request.form.get("user", "")
    log.warning("failed login for %s", _clean(user))
    return "invalid credentials", 401


@app.post("/reset")
def reset():
    email = request.form.get("email", "")
    log.info("reset requested for %s", _cle