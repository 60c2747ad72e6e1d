import logging
import os
from flask import Flask, request, session, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
logger = logging.getLogger("auth")
USERS = {"ops": "pbkdf2:sha256:600000$x$0123"}


@app.route("/login", methods=["POST"])
def login():
    form = request.form.to_dict()
    logger.info("login attempt: %s", form)
    user = form.get("username", "")
    pw = form.get("password", "")
    stored = USERS.get(user)
    if stored and check_password_hash(stored, pw):
        session["user"] = user
        return jsonify(ok=True)
    logger.warning("failed login for %s with password %s", user, pw)
    return jsonify(ok=False), 401
