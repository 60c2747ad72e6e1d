import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("choir.db") as db:
        db.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify(ok=True), 201
