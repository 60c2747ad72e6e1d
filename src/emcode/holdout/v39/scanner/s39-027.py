import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}
FAILED = {"n": 0}


@app.post("/login")
def login():
    creds = request.get_json(silent=True) or {}
    stored = USERS.get(creds.get("user"))
    if stored and check_password_hash(stored, creds.get("password", "")):
        return {"ok": True}
    FAILED["n"] += 1
    log.warning("failed login attempt; total so far %d", FAILED["n"])
    return {"ok": False}, 401
