import logging
from flask import Flask, request
from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    if not authenticate(user, pw):
        log.warning("failed login user=%r password=%r", user, pw)
        return {"error": "invalid"}, 401
    return {"ok": True}
