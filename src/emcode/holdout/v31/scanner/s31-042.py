import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    digest = generate_password_hash(password)
    with sqlite3.connect("fitness.db") as db:
        db.execute("INSERT INTO members(email, pw_hash) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
