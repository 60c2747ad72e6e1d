import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    user = request.form["user"]
    pw_hash = hashlib.sha256(request.form["password"].encode()).hexdigest()
    conn = sqlite3.connect("users.db")
    conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, pw_hash))
    conn.commit()
    conn.close()
    return "created", 201
