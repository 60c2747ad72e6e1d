import sqlite3
from argon2 import PasswordHasher
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/register")
def register():
    user = request.form["username"]
    digest = ph.hash(request.form["password"])
    with sqlite3.connect("icerink.db") as db:
        db.execute("INSERT INTO members (username, pw_hash) VALUES (?, ?)", (user, digest))
    return {"created": True}
