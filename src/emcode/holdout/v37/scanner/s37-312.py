import hashlib
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/pilots/register")
def register():
    user = request.form["user"]
    pw = request.form["password"]
    digest = hashlib.pbkdf2_hmac("sha256", pw.encode(), user.encode(), 100_000).hex()
    with sqlite3.connect("fleet.db") as db:
        db.execute("INSERT INTO pilots (user, pw) VALUES (?, ?)", (user, digest))
    return {"ok": True}
