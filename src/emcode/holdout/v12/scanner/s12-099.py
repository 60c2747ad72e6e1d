import logging
import os
from flask import Flask, request, session, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
logger = logging.getLogger("auth")
USERS = {"ops": "pbkdf2:sha256:600000$x$0123"}


def _printable(value):
    return value.replace("\r", "").replace("\n", "")[:64]


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    logger.info("login attempt for %s", _printable(user))
    stored = USERS.get(user)
    if stored and check_password_hash(stored, pw):
        session["user"] = user
        return jsonify(ok=True)
    logger.warning("failed login for %s", _printable(user))
    return jsonify(ok=False), 401
