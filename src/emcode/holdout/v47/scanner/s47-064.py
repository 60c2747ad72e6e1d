import os
import sqlite3

from flask import Flask, g, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def db():
    if "db" not in g:
        g.db = sqlite3.connect("studio.db")
    return g.db


@app.post("/api/register")
def register():
    data = request.get_json(silent=True) or {}
    email, pw = data.get("email"), data.get("password")
    if not email or not pw or len(pw) < 10:
        return jsonify(error="email and a 10+ character password required"), 400
    try:
        db().execute("INSERT INTO artists (email, pw_hash) VALUES (?, ?)", (email, generate_password_hash(pw)))
        db().commit()
    except sqlite3.IntegrityError:
        return jsonify(error="already registered"), 409
    return jsonify(ok=True), 201


@app.post("/api/check")
def check():
    data = request.get_json(silent=True) or {}
    row = db().execute("SELECT pw_hash FROM artists WHERE email = ?", (data.get("email"),)).fetchone()
    ok = row is not None and check_password_hash(row[0], data.get("password", ""))
    return jsonify(ok=ok), (200 if ok else 401)
