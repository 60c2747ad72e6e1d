import sqlite3
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    password = request.form["password"]
    if len(password) < 10:
        return "password too short", 400
    digest = generate_password_hash(password)
    conn = sqlite3.connect("users.db")
    with conn:
        conn.execute("INSERT INTO users (username, pw) VALUES (?, ?)", (username, digest))
    conn.close()
    return "created", 201
