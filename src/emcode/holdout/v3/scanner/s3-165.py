import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="app.log", level=logging.DEBUG)


@app.route("/api/login", methods=["POST"])
def api_login():
    body = request.get_json()
    logging.debug("login request user=%s password=%s", body.get("user"), body.get("password"))
    return {"token": None}
