import logging
from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("signup")
USERS = {}


@app.route("/signup", methods=["POST"])
def signup():
    form = request.form.to_dict()
    logger.info("signup attempt: %s", form)
    username = form["username"]
    if username in USERS:
        return jsonify(error="taken"), 409
    USERS[username] = generate_password_hash(form["password"])
    return jsonify(ok=True), 201
