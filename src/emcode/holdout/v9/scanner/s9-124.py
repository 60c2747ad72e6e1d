import sqlite3
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw = request.form["password"]
    if len(pw) < 12:
        return {"error": "password too short"}, 400
    con = sqlite3.connect("users.db")
    with con:
        con.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (user, generate_password_hash(pw)))
    return {"created": user}, 201
