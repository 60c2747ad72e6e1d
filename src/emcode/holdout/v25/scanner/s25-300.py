import hashlib
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("volunteers.db")


@app.post("/register")
def register():
    email = request.form["email"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with db() as conn:
        conn.execute("INSERT INTO volunteers (email, pw) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
