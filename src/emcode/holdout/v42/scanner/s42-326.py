import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/players/register")
def register():
    handle = request.form["handle"]
    pw = request.form["password"]
    if len(pw) < 10:
        return jsonify(error="password too short"), 400
    with sqlite3.connect("players.db") as db:
        db.execute(
            "INSERT INTO players(handle, pw_hash) VALUES (?, ?)",
            (handle, generate_password_hash(pw)),
        )
    return jsonify(ok=True), 201
