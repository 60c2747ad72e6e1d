import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)
USERS = {"admin": "x"}


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    ok = username in USERS
    logging.info(f"login attempt user={username} ok={ok}")
    return ("welcome", 200) if ok else ("denied", 401)
