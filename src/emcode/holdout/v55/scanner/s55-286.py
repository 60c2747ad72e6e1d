import os

from flask import Flask, session, request, redirect, url_for, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)

USERS = {}  # username -> password hash, loaded at startup from the staff directory


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    if stored and check_password_hash(stored, pw):
        session.clear()
        session["user"] = user
        return redirect(url_for("dashboard"))
    return jsonify({"error": "invalid credentials"}), 401


@app.route("/dashboard")
def dashboard():
    if "user" not in session:
        return redirect(url_for("login"))
    return jsonify({"pump_stations": 14, "alerts": 0})
