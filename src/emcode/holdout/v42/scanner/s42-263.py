import hashlib
import os
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/players/register")
def register():
    handle = request.form["handle"]
    pw = request.form["password"]
    salt = os.urandom(8).hex()
    pw_hash = hashlib.sha1((salt + pw).encode()).hexdigest()
    with sqlite3.connect("players.db") as db:
        db.execute("INSERT INTO players(handle, salt, pw_hash) VALUES (?, ?, ?)", (handle, salt, pw_hash))
    return jsonify(ok=True), 201
