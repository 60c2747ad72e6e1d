import sqlite3
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"]
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("club.db") as c:
        c.execute("INSERT INTO members(email, pw) VALUES (?, ?)", (email, pw_hash))
    return {"ok": True}
