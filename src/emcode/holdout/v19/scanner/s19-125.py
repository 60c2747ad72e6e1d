import logging
from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.post("/api/login")
def api_login():
    data = request.get_json() or {}
    username = str(data.get("username", ""))
    user = USERS.get(username)
    if not user or not check_password_hash(user["hash"], str(data.get("password", ""))):
        log.warning("failed login for user=%r", username[:64])
        return jsonify(ok=False), 401
    return jsonify(ok=True)
