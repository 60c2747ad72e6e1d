import logging
import os

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger(__name__)
USERS = {"coop-admin": os.environ.get("COOP_ADMIN_HASH", "")}


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    if not stored or not check_password_hash(stored, pw):
        log.warning("failed login for %r", user[:50])
        return {"ok": False}, 401
    return {"ok": True}
