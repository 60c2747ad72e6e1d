import logging
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    pw = request.form["password"]
    rec = USERS.get(user)
    if not rec or not check_password_hash(rec, pw):
        log.warning("failed login for %s with password %s", user, pw)
        return "no", 401
    return "ok"
