import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))
    return {"created": username}
