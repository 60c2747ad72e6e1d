import os
import sqlite3

from flask import Flask, g, request
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
DATABASE = os.environ.get("COORD_DB", "coordinators.db")


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


@app.post("/register")
def register():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    if "@" not in email or len(password) < 10:
        return {"error": "valid email and a password of 10+ characters required"}, 400
    try:
        with db():
            db().execute(
                "INSERT INTO coordinators (email, pw_hash) VALUES (?, ?)",
                (email, generate_password_hash(password)),
            )
    except sqlite3.IntegrityError:
        return {"error": "already registered"}, 409
    return {"status": "registered"}, 201


@app.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    row = db().execute("SELECT pw_hash FROM coordinators WHERE email = ?", (email,)).fetchone()
    if row is None or not check_password_hash(row[0], request.form.get("password", "")):
        return {"error": "invalid credentials"}, 401
    return {"status": "ok"}
