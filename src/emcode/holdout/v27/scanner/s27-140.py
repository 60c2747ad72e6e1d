import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/register", methods=["POST"])
def register():
    user = request.form.get("user", "")
    try:
        create_account(user, request.form["password"])
    except ValueError:
        log.warning("registration rejected for user %r", user[:40])
        return {"error": "invalid"}, 400
    return {"ok": True}, 201


def create_account(user: str, password: str) -> None:
    if len(password) < 12:
        raise ValueError("password too short")
