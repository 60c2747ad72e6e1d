import logging
import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, request, jsonify

app = Flask(__name__)
log = logging.getLogger("portal")
ph = PasswordHasher()


def check_login(email, password):
    with sqlite3.connect("portal.db") as db:
        row = db.execute("SELECT pw_hash FROM clients WHERE email = ?", (email,)).fetchone()
    if row is None:
        return False
    try:
        return ph.verify(row[0], password)
    except VerificationError:
        return False


@app.route("/portal/login", methods=["POST"])
def portal_login():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", ""))
    if not email or not data.get("password"):
        log.info("login rejected: missing fields")
        return jsonify(error="missing fields"), 400
    ok = check_login(email, str(data["password"]))
    log.info("login attempt email=%r ok=%s", email[:120], ok)
    return jsonify(ok=ok), (200 if ok else 401)
