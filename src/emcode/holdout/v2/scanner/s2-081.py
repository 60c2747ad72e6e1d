import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    digest = hashlib.md5(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, digest))
    return {"created": user}, 201
