import hashlib
import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("users.db")


@app.route("/register", methods=["POST"])
def register():
    username = request.form["username"]
    password = request.form["password"]
    if len(password) < 10:
        return jsonify(error="password too short"), 400
    digest = hashlib.sha256(password.encode()).hexdigest()
    with db() as con:
        con.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, digest))
    return jsonify(created=username), 201
