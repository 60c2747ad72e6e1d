import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/portal/register")
def register():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    if len(pw) < 10:
        return {"error": "password too short"}, 400
    digest = generate_password_hash(pw)
    with sqlite3.connect("portal.db") as db:
        db.execute("INSERT INTO accounts (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"created": email}, 201
