import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/portal/register")
def register():
    email = request.form["email"].strip().lower()
    pw = request.form["password"]
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect("portal.db") as db:
        db.execute("INSERT INTO accounts (email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"created": email}, 201
