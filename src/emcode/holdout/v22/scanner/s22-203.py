import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/register")
def register():
    username = request.form["username"]
    pw_hash = hashlib.sha256(request.form["password"].encode()).hexdigest()
    conn = sqlite3.connect("users.db")
    conn.execute("INSERT INTO users (username, pw) VALUES (?, ?)", (username, pw_hash))
    conn.commit()
    conn.close()
    return "registered", 201
