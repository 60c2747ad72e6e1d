import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/register")
def register():
    user = request.form["user"]
    pw = request.form["password"]
    digest = generate_password_hash(pw)
    con = sqlite3.connect("drivers.db")
    con.execute("INSERT INTO drivers(username, pw_hash) VALUES (?, ?)", (user, digest))
    con.commit()
    return {"created": user}, 201
