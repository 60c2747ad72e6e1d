import bcrypt
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.post("/register")
def register():
    user = request.form["username"]
    pw_hash = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt(rounds=12))
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, pw_hash))
    return "created", 201
