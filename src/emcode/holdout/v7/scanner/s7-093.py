import logging
from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
logger = logging.getLogger("signup")
USERS = {}


@app.route("/signup", methods=["POST"])
def signup():
    form = request.form.to_dict()
    password = form.pop("password", "")
    username = form.get("username", "")
    logger.info("signup attempt with %d other fields", len(form))
    if not username or len(password) < 12:
        return jsonify(error="invalid"), 400
    if username in USERS:
        return jsonify(error="taken"), 409
    USERS[username] = generate_password_hash(password)
    return jsonify(ok=True), 201
