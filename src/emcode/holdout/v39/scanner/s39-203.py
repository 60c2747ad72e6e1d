import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/login")
def login():
    user = request.form.get("username", "")
    pw = request.form.get("password", "")
    with sqlite3.connect("farmhire.db") as con:
        row = con.execute("SELECT pw FROM customers WHERE username = ?", (user,)).fetchone()
    if row is None:
        return {"ok": False}, 401
    try:
        ph.verify(row[0], pw)
    except VerifyMismatchError:
        return {"ok": False}, 401
    return {"ok": True}
