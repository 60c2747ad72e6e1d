import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    username = request.form["username"]
    log.info("Login attempt for user %r", username)
    return {"ok": True}
