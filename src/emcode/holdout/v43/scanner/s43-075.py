import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("auth")


def check(email, password):
    return False


@app.post("/login")
def login():
    data = request.get_json(force=True)
    log.info("login attempt payload=%s", data)
    if not check(data.get("email"), data.get("password")):
        log.warning("failed login for %r with password %r", data.get("email"), data.get("password"))
        return jsonify(error="invalid credentials"), 401
    return jsonify(ok=True)
