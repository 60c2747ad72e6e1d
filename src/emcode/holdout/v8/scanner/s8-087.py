import logging

from flask import Flask, request

from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form.get("username", "")
    ok = authenticate(user, request.form.get("password", ""))
    log.info("login attempt user=%r ok=%s", user[:64], ok)
    if ok:
        return {"ok": True}
    return {"ok": False}, 401
