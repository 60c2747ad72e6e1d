import logging
import os

from flask import Flask, request, abort
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("pawnshop.auth")
USERS = {"clerk": os.environ.get("CLERK_PW_HASH", "")}


def clean(value: str) -> str:
    return value.replace("\r", "\\r").replace("\n", "\\n")[:64]


@app.post("/login")
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    if not stored or not check_password_hash(stored, pw):
        log.warning("failed login for user %s from %s", clean(user), request.remote_addr)
        abort(401)
    log.info("login ok for %s", clean(user))
    return "ok"
