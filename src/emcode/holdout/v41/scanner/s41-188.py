import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/backers/signup")
def signup():
    email = request.form["email"].lower()
    pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    with sqlite3.connect("fund.db") as con:
        con.execute("INSERT INTO backers (email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return {"welcome": ema