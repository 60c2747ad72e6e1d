import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form.get("username", "")
    password = request.form.get("password", "")
    log.info("login attempt user=%s password=%s", user, password)
    if authenticate(user, password):
        return {"ok": True}
    return {"ok": False}, 401
