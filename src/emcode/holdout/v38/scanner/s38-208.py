import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    pw_hash = generate_password_hash(password)
    with sqlite3.connect("shelter.db") as db:
        db.execute("INSERT INTO adopters(email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return {"ok": True}, 201
