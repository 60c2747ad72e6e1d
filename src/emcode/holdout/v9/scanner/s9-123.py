import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw = request.form["password"]
    digest = hashlib.sha256(pw.encode()).hexdigest()
    con = sqlite3.connect("users.db")
    with con:
        con.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, digest))
    return {"created": user}, 201
