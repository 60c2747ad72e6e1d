import logging
import os

from flask import Flask, jsonify, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
logging.basicConfig(filename="auth.log", level=logging.INFO)

CLERKS = {}  # username -> password hash, loaded at startup


@app.post("/api/login")
def login():
    body = request.get_json(silent=True) or {}
    username = str(body.get("username", ""))
    password = str(body.get("password", ""))
    stored = CLERKS.get(username)
    if stored is None or not check_password_hash(stored, password):
        app.logger.warning("failed login for user %r from %s", username[:64], request.remote_addr)
        return jsonify(ok=False), 401
    session.clear()
    session["clerk"] = username
    return jsonify(ok=True)
