import sqlite3
from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


def db():
    return sqlite3.connect("volunteers.db")


@app.post("/register")
def register():
    email = request.form["email"]
    digest = generate_password_hash(request.form["password"])
    with db() as conn:
        conn.execute("INSERT INTO volunteers (email, pw) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
