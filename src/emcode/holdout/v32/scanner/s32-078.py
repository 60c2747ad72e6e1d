import sqlite3

from argon2 import PasswordHasher
from flask import Flask, request, jsonify

app = Flask(__name__)
ph = PasswordHasher()


@app.route("/members/register", methods=["POST"])
def register():
    body = request.get_json()
    digest = ph.hash(body["password"])
    with sqlite3.connect("loyalty.db") as db:
        db.execute("INSERT INTO members (email, password) VALUES (?, ?)", (body["email"], digest))
    return jsonify(ok=True), 201
