import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("audioguide.auth")
USERS = {}


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    if USERS.get(user) != pw:
        log.warning("failed login for %s with password %s", user, pw)
        return {"ok": False}, 401
    return {"ok": True}
