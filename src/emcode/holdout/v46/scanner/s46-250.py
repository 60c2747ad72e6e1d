import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/clerks")
def add_clerk():
    name = request.form["name"]
    pw = request.form["password"]
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect("shop.db") as con:
        con.execute("INSERT INTO clerks(name, pw_hash) VALUES (?, ?)", (name, digest))
    return "created", 201
