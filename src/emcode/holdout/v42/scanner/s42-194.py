import hashlib
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)
PEPPER_SALT = b"recipes.example.com"


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw = request.form["password"]
    digest = hashlib.scrypt(pw.encode(), salt=PEPPER_SALT, n=16384, r=8, p=1).hex()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (username, pw) VALUES (?, ?)", (user, digest))
    return jsonify(created=user), 201
