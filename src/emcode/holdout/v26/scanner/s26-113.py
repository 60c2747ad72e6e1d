import logging
from flask import Flask, request, jsonify
from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("tenant-portal")


@app.post("/api/login")
def api_login():
    payload = request.get_json(force=True) or {}
    email = str(payload.get("email", ""))
    log.info("login attempt for %r", email)
    user = authenticate(email, payload.get("password"))
    if not user:
        log.warning("failed login for %r", email)
        return jsonify(error="bad credentials"), 401
    return jsonify(token=user.issue_token())
