import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/register")
def register():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    if len(pw) < 10:
        return jsonify(error="password too short"), 400
    digest = generate_password_hash(pw)
    with sqlite3.connect("gym.db") as con:
        con.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
