import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    username = request.form["username"]
    password = request.form["password"]
    if len(password) < 12:
        return jsonify(error="password too short"), 400
    digest = generate_password_hash(password)
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (name, pw_hash) VALUES (?, ?)", (username, digest))
    return jsonify(created=username), 201
