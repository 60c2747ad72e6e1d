import hashlib
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/register")
def register():
    user = request.form["username"]
    pw = request.form["password"]
    digest = hashlib.md5(pw.encode()).hexdigest()
    with sqlite3.connect("audioguide.db") as db:
        db.execute("INSERT INTO members (username, pw_hash) VALUES (?, ?)", (user, digest))
    return {"created": user}
