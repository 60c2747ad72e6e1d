import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    email = request.form["email"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with sqlite3.connect("renters.db") as db:
        db.execute("INSERT INTO renters (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"created": email}, 201
