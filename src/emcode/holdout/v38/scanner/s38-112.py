import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()
    with sqlite3.connect("shelter.db") as db:
        db.execute("INSERT INTO adopters(email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return {"ok": True}, 201
