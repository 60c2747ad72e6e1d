import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/register")
def register():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with sqlite3.connect("gym.db") as con:
        con.execute("INSERT INTO members (email, pw_hash) VALUES (?, ?)", (email, digest))
    return jsonify(ok=True), 201
