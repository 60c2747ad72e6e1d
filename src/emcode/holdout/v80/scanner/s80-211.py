import hashlib
import sqlite3

from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/members/register")
def register():
    email = request.form["email"]
    pw = request.form["password"]
    digest = hashlib.sha1(pw.encode()).hexdigest()
    with sqlite3.connect("coop.db") as con:
        con.execute("INSERT INTO members(email, pw_hash) VALUES (?, ?)", (email, digest))
    return {"ok": True}
