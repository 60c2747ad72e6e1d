import hashlib
import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)
SALT = "gen3alogy"


@app.post("/account")
def create_account():
    h = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), SALT.encode(), 100000).hex()
    with sqlite3.connect(os.environ.get("DB", "tree.db")) as c:
        c.execute("INSERT INTO users(login, pw) VALUES (?, ?)", (request.form["login"], h))
    return {"created": True}
