import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/staff/register")
def register():
    user = request.form["username"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with sqlite3.connect("clinic.db") as db:
        db.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)", (user, digest))
    return {"ok": True}, 201
