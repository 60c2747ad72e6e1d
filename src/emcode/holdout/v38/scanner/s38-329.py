import hashlib
import os
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/staff/register", methods=["POST"])
def register():
    user = request.form["username"]
    pw = request.form["password"]
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000)
    with sqlite3.connect("staff.db") as conn:
        conn.execute(
            "INSERT INTO staff (username, salt, pw_hash) VALUES (?, ?, ?)",
            (user, salt.hex(), digest.hex()),
        )
    return "created", 201
