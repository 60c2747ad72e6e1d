import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/clerks")
def add_clerk():
    name = request.form["name"]
    pw = request.form["password"]
    if len(pw) < 10:
        return "password too short", 400
    digest = generate_password_hash(pw)
    with sqlite3.connect("shop.db") as con:
        con.execute("INSERT INTO clerks(name, pw_hash) VALUES (?, ?)", (name, digest))
    return "created", 201
