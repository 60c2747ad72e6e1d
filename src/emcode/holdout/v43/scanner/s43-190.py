import hashlib
import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("auth")


def check(email, password):
    return False


@app.post("/login")
def login():
    data = request.get_json(force=True)
    email = str(data.get("email", ""))
    if not check(email, data.get("password")):
        marker = hashlib.sha256(email.lower().encode()).hexdigest()[:12]
        log.warning("failed login, account marker %s", marker)
        return jsonify(error="invalid credentials"), 401
    return jsonify(ok=True)
