import logging

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

from .db import insert_user

app = Flask(__name__)
logger = logging.getLogger("signup")


@app.post("/signup")
def signup():
    email = request.form["email"]
    password = request.form["password"]
    if len(password) < 12:
        return jsonify(error="password too short"), 400
    user_id = insert_user(email=email, password_hash=generate_password_hash(password))
    logger.info("new account id=%s domain=%s", user_id, email.rsplit("@", 1)[-1].replace("\n", ""))
    return jsonify(id=user_id), 201
