import sqlite3
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    username = request.form["username"]
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("users.db") as con:
        con.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, pw_hash))
    return "created", 201
