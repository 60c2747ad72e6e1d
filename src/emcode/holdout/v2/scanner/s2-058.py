import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    username = request.form.get("username", "")
    if not check(username, request.form.get("password", "")):
        log.warning("failed login for user %r", username[:64])
        return {"ok": False}, 401
    return {"ok": True}


def check(user: str, password: str) -> bool:
    return False
