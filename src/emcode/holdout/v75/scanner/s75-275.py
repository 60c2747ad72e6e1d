import sqlite3

from flask import Flask, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"]
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("gym.db") as con:
        con.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return {"ok": True}, 201


@app.post("/members/login")
def login():
    with sqlite3.connect("gym.db") as con:
        row = con.execute("SELECT pw_hash FROM members WHERE email = ?", (request.form["email"],)).fetchone()
    if row is None or not check_password_hash(row[0], request.form["password"]):
        return {"ok": False}, 401
    return {"ok": True}
