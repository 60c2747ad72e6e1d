import hashlib
import os
import sqlite3

from flask import Flask, request

app = Flask(__name__)
PASSWORD_SALT = os.environ.get("PASSWORD_SALT", "greenlane").encode()


@app.post("/holders/signup")
def signup():
    email = request.form["email"]
    pw = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), PASSWORD_SALT, 390000).hex()
    with sqlite3.connect("allotments.db") as con:
        con.execute("INSERT INTO holders (email, pw) VALUES (?, ?)", (email, pw))
    return {"ok": True}
