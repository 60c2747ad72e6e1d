import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/holders/signup")
def signup():
    with sqlite3.connect("allotments.db") as con:
        con.execute(
            "INSERT INTO holders (email, pw) VALUES (?, ?)", (request.form["email"], ph.hash(request.form["password"]))
        )
    return {"ok": True}


@app.post("/holders/login")
def login():
    with sqlite3.connect("allotments.db") as con:
        row = con.execute("SELECT pw FROM holders WHERE email = ?", (request.form["email"],)).fetchone()
    try:
        ok = row is not None and ph.verify(row[0], request.form["password"])
    except VerifyMismatchError:
        ok = False
    return {"ok": ok}, (200 if ok else 401)
