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
    with sqlite3.connect("lingo.db") as con:
        con.execute("INSERT INTO learners (email, pw_hash) VALUES (?, ?)", (email, generate_password_hash(pw)))
    return {"created": email}, 201
