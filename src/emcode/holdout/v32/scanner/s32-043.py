import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/members/register", methods=["POST"])
def register():
    body = request.get_json()
    digest = hashlib.sha256(body["password"].encode()).hexdigest()
    with sqlite3.connect("loyalty.db") as db:
        db.execute("INSERT INTO members (email, password) VALUES (?, ?)", (body["email"], digest))
    return jsonify(ok=True), 201
