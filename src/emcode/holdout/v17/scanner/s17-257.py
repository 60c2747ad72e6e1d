import logging
import os

from flask import Flask, abort, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger("auth")
USERS: dict[str, str] = {}


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    h = USERS.get(username)
    ok = bool(h) and check_password_hash(h, password)
    log.info("login user=%r ok=%s", username[:64], ok)
    if not ok:
        abort(401)
    session.clear()
    session["user"] = username
    return {"ok": True}
