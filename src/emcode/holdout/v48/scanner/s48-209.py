import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)
PEPPER_SALT = "t7-dispatch"


@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"]
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), PEPPER_SALT.encode(), 100000).hex()
    con = sqlite3.connect("drivers.db")
    con.execute("INSERT INTO drivers(username, pw_hash) VALUES (?, ?)", (user, digest))
    con.commit()
    return {"created": user}, 201
