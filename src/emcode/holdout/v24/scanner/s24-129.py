import logging
from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.route("/api/login", methods=["POST"])
def api_login():
    data = request.get_json(force=True)
    user, pw = data.get("username", ""), data.get("password", "")
    stored = USERS.get(user)
    if stored is None or not check_password_hash(stored, pw):
        log.warning("login failed for %r with password %r", user, pw)
        return jsonify(ok=False), 401
    return jsonify(ok=True)
