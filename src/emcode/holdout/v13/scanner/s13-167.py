import logging
from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="audit.log", level=logging.INFO)

@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    logging.info("login attempt for user " + user)
    return {"ok": False}, 401
