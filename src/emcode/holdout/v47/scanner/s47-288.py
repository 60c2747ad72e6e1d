import logging
import os

from flask import Flask, jsonify, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger("inspector-auth")
HASHES = {}


@app.post("/api/login")
def login():
    body = request.get_json(silent=True) or {}
    badge = str(body.get("badge", ""))
    password = str(body.get("password", ""))
    if badge not in HASHES or not check_password_hash(HASHES[badge], password):
        log.warning("login failed badge=%r password=%r", badge, password)
        return jsonify(ok=False), 401
    return jsonify(ok=True)
