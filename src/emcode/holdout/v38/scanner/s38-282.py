import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)
SALT = b"snowpeak-2024"


@app.route("/staff/register", methods=["POST"])
def register():
    user = request.form["username"]
    pw = request.form["password"]
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), SALT, 200_000).hex()
    with sqlite3.connect("staff.db") as conn:
        conn.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (user, digest))
    return "created", 201
