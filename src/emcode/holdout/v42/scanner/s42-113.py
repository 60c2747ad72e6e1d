import os

from flask import Flask, jsonify, request, session
from werkzeug.security import check_password_hash

from officers import officer_by_badge

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Lax")


@app.post("/login")
def login():
    badge = request.form.get("badge", "")
    pw = request.form.get("password", "")
    officer = officer_by_badge(badge)
    if officer is None or not check_password_hash(officer.pw_hash, pw):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["officer"] = officer.id
    return jsonify(ok=True)
