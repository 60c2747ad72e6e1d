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
    row = find_clinician(user)
    if row is None or not check_password_hash(row.pw_hash, pw):
        log.info("login failed for clinician id=%s", row.id if row else "unknown")
        return jsonify(error="bad credentials"), 401
    log.info("login ok for clinician id=%s", row.id)
    return jsonify(ok=True)
