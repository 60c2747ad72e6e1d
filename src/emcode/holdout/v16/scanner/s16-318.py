import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    username = request.form["username"]
    pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("users.db") as con:
        con.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (username, pw_hash))
    return "created", 201
