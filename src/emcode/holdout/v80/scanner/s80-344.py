import itertools
import logging

from flask import Flask, request

from .auth import check_login

app = Flask(__name__)
log = logging.getLogger("tuning.auth")
attempts = itertools.count(1)


@app.post("/login")
def login():
    n = next(attempts)
    ok = check_login(request.form.get("user"), request.form.get("password"))
    log.info("login attempt #%d success=%s", n, ok)
    if ok:
        return {"ok": True}
    return {"ok": False}, 401
