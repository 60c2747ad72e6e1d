import logging
from flask import Flask, request, session, abort
from werkzeug.security import check_password_hash
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger("auth")
USERS = {}  # username -> password hash, filled at start-up


@app.route("/login", methods=["POST"])
def login():
    data = request.form.to_dict()
    log.info("login attempt: %s", data)
    h = USERS.get(data.get("username"))
    if not h or not check_password_hash(h, data.get("password", "")):
        abort(401)
    session["user"] = data["username"]
    return {"ok": True}
