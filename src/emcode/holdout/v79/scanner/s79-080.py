import bcrypt
from flask import Flask, request
import sqlite3

app = Flask(__name__)


@app.post("/signup")
def signup():
    pw = request.form["password"].encode()
    hashed = bcrypt.hashpw(pw, bcrypt.gensalt())
    with sqlite3.connect("foodbank.db") as db:
        db.execute("INSERT INTO volunteers(email, pw_hash) VALUES (?, ?)", (request.form["em