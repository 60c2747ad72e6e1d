import sqlite3

from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/operators", methods=["POST"])
def add_operator():
    name = request.form["name"]
    digest = generate_password_hash(request.form["password"])
    with sqlite3.connect("ops.db") as db:
        db.execute("INSERT INTO operators (name, pw) VALUES (?, ?)", (name, digest))
    return jsonify({"created": na