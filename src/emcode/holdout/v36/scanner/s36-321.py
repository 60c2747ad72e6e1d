from argon2 import PasswordHasher
from flask import Flask, request
import sqlite3

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/signup")
def signup():
    email = request.form["email"].lower()
    digest = ph.hash(request.form["password"])
    with sqlite3.connect("players.db") as db:
        db.execute("INSERT INTO players (email, pw) VALUES (?, ?)", (email, dig