import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/signup")
def signup():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (name, pw_hash) VALUES (?, ?)", (username, digest))
    return jsonify(created=username), 201
