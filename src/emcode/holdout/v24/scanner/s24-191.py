import logging
from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS: dict[str, str] = {}


@app.route("/api/login", methods=["POST"])
def api_login():
    data = request.get_json(silent=True) or {}
    user, pw = str(data.get("username", "")), str(data.get("password", ""))
    stored = USERS.get(user)
    if stored is None or not check_password_hash(stored, pw):
        log.warning("login failed for %s", user[:64].encode("unicode_escape").decode("ascii"))
        return jsonify(ok=False), 401
    return jsonify(ok=True)
