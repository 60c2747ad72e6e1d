import logging

from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("auth")


def check(user, pw):
    return False


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    ok = check(user, pw)
    safe_user = user.replace("\n", " ").replace("\r", " ")[:64]
    log.info("login attempt user=%r success=%s", safe_user, ok)
    return jsonify({"ok": ok}), (200 if ok else 401)
