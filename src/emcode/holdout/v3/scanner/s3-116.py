import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username", "")
    password = request.form.get("password", "")
    if not authenticate(username, password):
        log.warning(f"failed login for {username} from {request.remote_addr}")
        return {"ok": False}, 401
    return {"ok": True}


def authenticate(u, p):
    return False
