import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

@app.post("/login")
def login():
    user = request.form.get("user", "")
    log.warning("failed login for user " + user)
    return "denied", 401
