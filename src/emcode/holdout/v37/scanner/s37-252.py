import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    pw_hash = hashlib.sha256(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("choir.db") as db:
        db.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify(ok=True), 201
