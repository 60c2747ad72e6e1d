import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.post("/login")
def login():
    creds = request.get_json(silent=True) or {}
    log.info("login attempt payload=%s", creds)
    stored = USERS.get(creds.get("user"))
    if stored and check_password_hash(stored, creds.get("password", "")):
        return {"ok": True}
    return {"ok": False}, 401
