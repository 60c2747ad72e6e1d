import logging
import os

from flask import Flask, jsonify, request, session
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
logging.basicConfig(filename="auth.log", level=logging.INFO)

CLERKS = {}  # username -> password hash, loaded at startup


@app.post("/login")
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    stored = CLERKS.get(username)
    if stored is None or not check_password_hash(stored, password):
        app.logger.warning("Failed login for user " + username + " UA=" + request.headers.get("User-Agent", ""))
        return jsonify(ok=False), 401
    session["clerk"] = username
    return jsonify(ok=True)
