import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    if not username or len(password) < 12:
        return jsonify(error="username required, password >= 12 chars"), 400
    pw_hash = generate_password_hash(password)
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return jsonify(created=username), 201
