import bcrypt
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/curators")
def create_curator():
    user = request.form["username"]
    pw = request.form["password"].encode()
    hashed = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=12))
    with sqlite3.connect("museum.db") as con:
        con.execute("INSERT INTO curators(username, pw) VALUES (?, ?)", (user, hashed))
    return {"created": user}, 201
