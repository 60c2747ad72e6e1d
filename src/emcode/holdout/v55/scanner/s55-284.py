import hashlib
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/operators", methods=["POST"])
def add_operator():
    name = request.form["name"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with sqlite3.connect("ops.db") as db:
        db.execute("INSERT INTO operators (name, pw) VALUES (?, ?)", (name, digest))
    return jsonify({"created": na