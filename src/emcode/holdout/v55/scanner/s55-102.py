import sqlite3

from argon2 import PasswordHasher
from flask import Flask, request, jsonify

app = Flask(__name__)
ph = PasswordHasher()


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"]
    pw_hash = ph.hash(request.form["password"])
    with sqlite3.connect("ferry_accounts.db") as db:
        db.execute("INSERT INTO accounts (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify({"ok": True}), 201
