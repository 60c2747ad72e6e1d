import logging

from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    log.debug("login attempt user=%s password=%s", user, pw)
    ok = user in USERS and check_password_hash(USERS[user], pw)
    return jsonify(ok=ok), (200 if ok else 401)
