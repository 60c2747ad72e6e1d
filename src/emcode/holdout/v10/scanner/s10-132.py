import sqlite3
import bcrypt
from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    user = request.form["user"]
    pw_hash = bcrypt.hashpw(request.form["password"].encode(), bcrypt.gensalt(rounds=12))
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (user, pw_hash))
    return "created", 201
