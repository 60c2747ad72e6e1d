import logging
from flask import Flask, request, jsonify

from auth import check_credentials, issue_token

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/api/login")
def api_login():
    body = request.get_json(force=True)
    user = str(body.get("user", ""))[:64]
    password = body.get("password", "")
    if not check_credentials(user, password):
        log.warning("failed login for user=%r from %s", user, request.remote_addr)
        return jsonify(ok=False), 401
    token = issue_token(user)
    log.info("login ok user=%r", user)
    return jsonify(ok=True, token=token)
