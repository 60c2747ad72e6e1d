import logging
from flask import Flask, request, abort

app = Flask(__name__)
log = logging.getLogger("auth")
logging.basicConfig(filename="auth.log", level=logging.INFO)


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    if not check(user, pw):
        log.warning("failed login for user " + user + " from " + request.remote_addr)
        abort(401)
    return "welcome"


def check(user, pw):
    return False
