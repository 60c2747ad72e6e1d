import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/tenants/register")
def register():
    email = request.form["email"]
    password = request.form["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    with sqlite3.connect("tenants.db") as con:
        con.execute("INSERT INTO tenants (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"ok": True}, 201
