import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("clinic.db") as con:
        con.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (username, digest))
    return {"created": username}, 201
