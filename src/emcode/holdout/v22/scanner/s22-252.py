import logging

from flask import Flask, request

from .auth import check

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    password = request.form.get("password", "")
    log.debug("login attempt user=%s password=%s", user.replace("\n", ""), password)
    if check(user, password):
        return "welcome"
    return "denied", 401
