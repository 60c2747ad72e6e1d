import logging
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS: dict[str, str] = {}


def safe(s: str) -> str:
    return s.replace("\r", "").replace("\n", "")[:64]


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    if stored is None or not check_password_hash(stored, pw):
        log.warning("failed login for user=%r", safe(user))
        return "denied", 401
    return "ok"
