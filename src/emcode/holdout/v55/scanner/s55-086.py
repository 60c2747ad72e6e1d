import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
SALT = b"esports-2024"


def hash_password(pw):
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200_000).hex()


@app.route("/register", methods=["POST"])
def register():
    user = request.form["username"]
    pw = request.form["password"]
    with sqlite3.connect("players.db") as db:
        db.execute("INSERT INTO players (username, pw_hash) VALUES (?, ?)", (user, hash_password(pw)))
    return jsonify({"registered": user}), 201
