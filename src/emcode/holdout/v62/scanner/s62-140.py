import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    email = request.form["email"]
    digest = generate_password_hash(request.form["password"])
    with sqlite3.connect("bakery.db") as con:
        con.execute("INSERT INTO customers (email, pw_hash) VALUES (?, ?)", (email, digest))
    return "registered", 201
