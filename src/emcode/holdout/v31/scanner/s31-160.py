import os
import sqlite3

from flask import Flask, jsonify, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.post("/agents/register")
def register():
    email = request.form["email"].lower()
    pw_hash = generate_password_hash(request.form["password"])
    with sqlite3.connect("agents.db") as db:
        db.execute("INSERT INTO agents(email, pw_hash) VALUES (?, ?)", (email, pw_hash))
    return jsonify(ok=True), 201


@app.post("/agents/login")
def login():
    email = request.form["email"].lower()
    with sqlite3.connect("agents.db") as db:
        row = db.execute("SELECT id, pw_hash FROM agents WHERE email = ?", (email,)).fetchone()
    if row is None or not check_password_hash(row[1], request.form["passw