import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="app.log", level=logging.INFO)


@app.route("/api/login", methods=["POST"])
def api_login():
    body = request.get_json(silent=True) or {}
    user = str(body.get("user", ""))
    logging.info("login request user=%r", user)
    return {"token": None}
