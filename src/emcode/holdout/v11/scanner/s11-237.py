import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash, check_password_hash

app = Flask(__name__)


@app.post("/register")
def register():
    user, pw = request.form["user"], request.form["password"]
    with sqlite3.connect("app.db") as db:
        db.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (user, generate_password_hash(pw)))
    return jsonify(ok=True), 201


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    with sqlite3.connect("app.db") as db:
        row = db.execute("SELECT pw FROM users WHERE name = ?", (us