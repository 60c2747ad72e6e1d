import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/tenants/register")
def register():
    email = request.form["email"]
    password = request.form["password"]
    digest = generate_password_hash(password)
    with sqlite3.connect("tenants.db") as con:
        con.execute("INSERT INTO tenants (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"ok": True}, 201
