import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute(f"SELECT id FROM users WHERE username = '{username}' AND password = '{password}'")
    row = cur.fetchone()
    if row:
        return "Logged in"
    return "Invalid credentials", 401
