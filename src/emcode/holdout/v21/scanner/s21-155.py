import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    conn = sqlite3.connect("users.db")
    conn.execute("INSERT INTO users (username, pw) VALUES (?, ?)", (username, digest))
    conn.commit()
    conn.close()
    return "created", 201
