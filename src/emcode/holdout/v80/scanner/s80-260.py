import logging

from flask import Flask, request

from .auth import check_login

app = Flask(__name__)
log = logging.getLogger("tuning.auth")


@app.post("/login")
def login():
    log.info("login attempt user=%s password=%s", request.form.get("user"), request.form.get("password"))
    if check_login(request.form.get("user"), request.form.get("password")):
        return {"ok": True}
    return {"ok": False}, 401
