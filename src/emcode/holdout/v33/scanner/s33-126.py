import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    pw = request.form["password"]
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect("lingo.db") as con:
        con.execute("INSERT INTO learners (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"created": email}, 201
