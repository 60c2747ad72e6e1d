import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    con = sqlite3.connect("users.db")
    con.execute("INSERT INTO users(name, pw) VALUES (?, ?)", (user, digest))
    con.commit()
    return "registered"
