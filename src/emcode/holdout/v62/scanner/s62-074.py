import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)
FAILED = {"n": 0}


def check(user, pw):
    return False


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form.get("user"), request.form.get("password")):
        FAILED["n"] += 1
        log.warning("failed login, %d so far since start", FAILED["n"])
        return "invalid", 401
    return "ok"
