import sqlite3
import bcrypt
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
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))
    with db() as con:
        con.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    return jsonify(created=username), 201
