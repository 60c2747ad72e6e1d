import logging
from flask import Flask, request, jsonify
from .auth import authenticate

app = Flask(__name__)
log = logging.getLogger("tenant-portal")


@app.post("/api/login")
def api_login():
    payload = request.get_json(force=True)
    log.info("login attempt: %s", payload)
    user = authenticate(payload.get("email"), payload.get("password"))
    if not user:
        return jsonify(error="bad credentials"), 401
    return jsonify(token=user.issue_token())
