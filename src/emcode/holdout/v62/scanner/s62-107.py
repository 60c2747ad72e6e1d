import sqlite3

import bcrypt
from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    email = request.form["email"]
    con = sqlite3.connect("members.db")
    row = con.execute("SELECT pw FROM members WHERE email = ?", (email,)).fetchone()
    con.close()
    if row and bcrypt.checkpw(request.form["password"].encode(), row[0]):
        session["email"] = email
        return "ok"
    return "no", 401
