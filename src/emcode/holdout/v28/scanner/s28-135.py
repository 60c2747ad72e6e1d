import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/guests/register")
def register():
    email = request.form["email"].lower()
    password = request.form["password"]
    digest = hashlib.sha1(password.encode()).hexdigest()
    with sqlite3.connect("guests.db") as db:
        db.execute("INSERT INTO guests(email, pw) VALUES (?, ?)", (email, digest))
    return jsonify({"ok": True}), 201
