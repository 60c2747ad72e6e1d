import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    data = request.get_json()
    pw_hash = generate_password_hash(data["password"])
    with sqlite3.connect("garden.db") as db:
        db.execute("INSERT INTO users (email, pw_hash) VALUES (?, ?)", (data["email"], pw_hash))
    return jsonify(created=True), 201
