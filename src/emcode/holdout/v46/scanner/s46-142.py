import logging
import os

from flask import Flask, request, abort
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("pawnshop.auth")
USERS = {"clerk": os.environ.get("CLERK_PW_HASH", "")}


@app.post("/login")
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    if not stored or not check_password_hash(stored, pw):
        log.warning("failed login for user %s from %s", user, request.remote_addr)
        abort(401)
    log.info("login ok for %s", user)
    return "ok"
