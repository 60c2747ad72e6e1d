import logging
from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/reset", methods=["POST"])
def reset():
    username = request.form["username"]
    logger.info(f"password reset requested for {username}")
    token = make_token(userna