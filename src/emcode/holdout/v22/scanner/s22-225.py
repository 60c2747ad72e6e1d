import sqlite3

from argon2 import PasswordHasher
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    if len(password) < 10:
        return "password too short", 400
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (username, pw) VALUES (?, ?)", (username, ph.hash(password)))
    return "registered", 201
