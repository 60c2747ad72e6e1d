import sqlite3

from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/staff/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    if len(password) < 10:
        return {"error": "password too short"}, 400
    with sqlite3.connect("clinic.db") as con:
        con.execute("INSERT INTO staff (username, pw_hash) VALUES (?, ?)",
                    (username, generate_password_hash(password)))
    return {"created": username}, 201
