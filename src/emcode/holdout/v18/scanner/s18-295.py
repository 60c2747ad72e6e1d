import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    pw_hash = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return jsonify(created=username), 201
