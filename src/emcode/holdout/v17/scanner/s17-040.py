import hashlib
import sqlite3

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form.get("username", "").strip()
    password = request.form.get("password", "")
    if len(username) < 3 or len(password) < 8:
        abort(400)
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("users.db") as db:
        db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))
    return {"created": username}, 201
