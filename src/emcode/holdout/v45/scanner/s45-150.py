import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/members/register")
def register():
    data = request.get_json(silent=True) or {}
    email = data.get("email", "").strip().lower()
    password = data.get("password", "")
    if not email or len(password) < 8:
        return jsonify(error="email and an 8+ character password are required"), 400
    digest = generate_password_hash(password)
    with sqlite3.connect("garden.db") as con:
        con.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
