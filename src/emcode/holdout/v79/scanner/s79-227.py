import hashlib
import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/account")
def create_account():
    salt = os.urandom(16)
    h = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), salt, 600000)
    with sqlite3.connect("tree.db") as c:
        c.execute("INSERT INTO users(login, salt, pw) VALUES (?, ?, ?)", (request.form["login"], salt.hex(), h.hex()))
    return {"created": True}
