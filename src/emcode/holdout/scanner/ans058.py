import sqlite3

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    conn = sqlite3.connect("app.db")
    row = conn.execute("SELECT id, pw_hash FROM users WHERE username = ?", (username,)).fetchone()
    if row and check_password_hash(row[1], request.form["password"]):
        return "Logged in"
    return "Invalid credentials", 401
