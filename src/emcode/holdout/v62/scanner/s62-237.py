import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger(__name__)


def check(user, pw):
    return False


@app.route("/login", methods=["POST"])
def login():
    log.info("login attempt: %s", dict(request.form))
    if not check(request.form.get("user"), request.form.get("password")):
        return "invalid", 401
    return "ok"
