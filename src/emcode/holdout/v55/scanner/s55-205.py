import hashlib
import os
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def hash_password(pw):
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 300_000)
    return salt.hex() + "$" + digest.hex()


@app.route("/register", methods=["POST"])
def register():
    user = request.form["username"]
    pw = request.form["password"]
    with sqlite3.connect("players.db") as db:
        db.execute("INSERT INTO players (username, pw_hash) VALUES (?, ?)", (user, hash_password(pw)))
    return jsonify({"registered": user}), 201
