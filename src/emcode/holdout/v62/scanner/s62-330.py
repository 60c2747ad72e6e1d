import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    email = request.form["email"]
    pw = request.form["password"]
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect("bakery.db") as con:
        con.execute("INSERT INTO customers (email, pw_hash) VALUES (?, ?)", (email, digest))
    return "registered", 201
