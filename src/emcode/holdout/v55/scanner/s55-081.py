import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"]
    pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("ferry_accounts.db") as db:
        db.execute("INSERT INTO accounts (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify({"ok": True}), 201
