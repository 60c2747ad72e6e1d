import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    username = request.form["username"]
    password = request.form["password"]
    log.info("Login attempt user=%s password=%s", username, password)
    return {"ok": True}
