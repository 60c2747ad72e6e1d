import sqlite3
from argon2 import PasswordHasher
from flask import Flask, request

app = Flask(__name__)
ph = PasswordHasher()


@app.post("/register")
def register():
    user = request.form["username"]
    digest = ph.hash(request.form["password"])
    with sqlite3.conn