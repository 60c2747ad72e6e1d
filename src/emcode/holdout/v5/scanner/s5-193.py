import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

@app.post("/login")
def login():
    user = request.form.get("username", "")
    if not check(user, request.form.get("password", "")):
        log.warning("failed login for user %s", user)
        return "denied", 401
    return "ok"

def check(u, p):
    return False
