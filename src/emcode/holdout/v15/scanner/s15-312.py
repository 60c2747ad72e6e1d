import logging
import os

from flask import Flask, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
log = logging.getLogger("auth")
USERS = {}


@app.route("/api/login", methods=["POST"])
def api_login():
    data = request.get_json(silent=True) or {}
    username = str(data.get("username", ""))
    pw_hash = USERS.get(username)
    if pw_hash and check_password_hash(pw_hash, str(data.get("password", ""))):
        session["user"] = username
        log.info("login ok user=%r ip=%s", username, request.remote_addr)
        return {"ok": True}
    log.warning("login failed user=%r ip=%s", username, request.remote_addr)
    return {"ok": False}, 401
