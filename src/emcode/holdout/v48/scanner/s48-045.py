import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    email = request.form["email"]
    pw = request.form["password"]
    log.info("login attempt email=%r password=%r", email, pw)
    return {"ok": False}, 401
