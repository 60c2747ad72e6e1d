import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/staff/register")
def register():
    user = request.form["username"]
    pw = request.form["password"]
    if len(pw) < 12:
        return {"error": "password too short"}, 400
    digest = generate_password_hash(pw)
    with sqlite3.connect("clinic.db") as db:
        db.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (user, digest))
    return {"ok": True}, 201
