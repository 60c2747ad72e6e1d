import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    digest = hashlib.sha1(password.encode()).hexdigest()
    with sqlite3.connect("fitness.db") as db:
        db.execute("INSERT INTO members(email, pw_hash) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
