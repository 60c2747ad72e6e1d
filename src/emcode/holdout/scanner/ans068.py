import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    username = request.form["username"]
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return {"created": username}
