import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    user = request.form["username"]
    pw_hash = generate_password_hash(request.form["password"])
    con = sqlite3.connect("farmhire.db")
    con.execute("INSERT INTO customers (username, pw) VALUES (?, ?)", (user, pw_has