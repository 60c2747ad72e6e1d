import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


def clean_for_log(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    if not authenticate(username, request.form.get("password", "")):
        log.warning("failed login for user %s", clean_for_log(username))
        return "denied", 403
    return "ok"


def authenticate(u: str, p: str) -> bool:
    return False
