import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return "registered", 201
