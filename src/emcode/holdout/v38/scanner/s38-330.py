import sqlite3

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.route("/staff/login", methods=["POST"])
def staff_login():
    user = request.form["username"]
    pw = request.form["password"]
    with sqlite3.connect("staff.db") as conn:
        row = conn.execute("SELECT pw_hash FROM staff WHERE username = ?", (user,)).fetchone()
    if row is None:
        return {"ok": False}, 401
    try:
        ph.verify(row[0], pw)
    except VerifyMismatchError:
        return {"ok": False}, 401
    return {"ok": True}
