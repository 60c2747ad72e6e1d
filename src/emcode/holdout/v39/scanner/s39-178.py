import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw_hash = hashlib.md5(request.form["password"].encode()).hexdigest()
    con = sqlite3.connect("farmhire.db")
    con.execute("INSERT INTO customers (username, pw) VALUES (?, ?)", (user, pw_has