import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

def _clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]

@app.post("/login")
def login():
    user = request.form.get("username", "")
    if not check(user, request.form.get("password", "")):
        log.warning("failed login for user %r", _clean(user))
        return "denied", 401
    return "ok"

def check(u, p):
    return False
