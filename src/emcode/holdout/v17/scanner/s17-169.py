import sqlite3

from flask import Flask, abort, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    if not 3 <= len(username) <= 40 or len(password) < 12:
        abort(400)
    digest = generate_password_hash(password)
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))
    return {"created": username}, 201
