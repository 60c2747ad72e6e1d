import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"]
    pw = request.form["password"]
    digest = generate_password_hash(pw)
    with sqlite3.connect("coop.db") as con:
        con.execute("INSERT INTO members(email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"ok": True}
