import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
SALT = "gardens4all"


@app.route("/signup", methods=["POST"])
def signup():
    data = request.get_json()
    pw_hash = hashlib.sha256((SALT + data["password"]).encode()).hexdigest()
    with sqlite3.connect("garden.db") as db:
        db.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (data["email"], pw_hash))
    return jsonify(created=True), 201
