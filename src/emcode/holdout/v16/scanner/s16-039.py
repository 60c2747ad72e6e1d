import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {"admin": "pbkdf2:sha256:..."}


def check(user, pw):
    return False


@app.post("/login")
def login():
    user = request.form.get("user")
    pw = request.form.get("password")
    if not check(user, pw):
        log.warning("failed login user=%s password=%s", user, pw)
        return "denied", 401
    return "ok"
