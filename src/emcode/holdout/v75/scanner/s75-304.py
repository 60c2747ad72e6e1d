import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("gym.auth")
USERS = {}


@app.post("/login")
def login():
    email = request.form.get("email", "")
    password = request.form.get("password", "")
    if USERS.get(email) != password:
        log.warning("login failed for %s with password %s", email, password)
        return {"ok": False}, 401
    return {"ok": True}
