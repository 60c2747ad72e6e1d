import logging

from flask import Flask, request, jsonify
from werkzeug.security import check_password_hash

from .store import find_clinician

app = Flask(__name__)
log = logging.getLogger("fitting.auth")


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    log.debug("login attempt user=%s password=%s", user, pw)
    row = find_clinician(user)
    if row is None or not check_password_hash(row.pw_hash, pw):
        return jsonify(error="bad credentials"), 401
    return jsonify(ok=True)
