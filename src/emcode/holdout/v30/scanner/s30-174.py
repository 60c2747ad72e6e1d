import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    pw = request.form["password"]
    if len(pw) < 10:
        return {"error": "password too short"}, 400
    digest = generate_password_hash(pw)
    with sqlite3.connect("renters.db") as db:
        db.execute("INSERT INTO renters (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"created": email}, 201
