import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    if not authenticate(username, request.form.get("password", "")):
        log.warning("failed login for user " + username)
        return "denied", 403
    return "ok"


def authenticate(u, p):
    return False
