import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)
log = logging.getLogger("auth")


@app.route("/api/login", methods=["POST"])
def login():
    body = request.get_json(force=True)
    username = body.get("username", "")
    log.info("login attempt for user " + username)
    return jsonify(ok=False, reason="not implemented"), 501
