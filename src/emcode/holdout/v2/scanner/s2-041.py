import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    digest = generate_password_hash(request.form["password"])
    with sqlite3.connect("users.db") as conn:
        conn.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, digest))
    return {"created": user}, 201
