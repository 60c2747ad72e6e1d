import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"name": "name", "email": "email", "joined": "created_at"}


@app.route("/users")
def users():
    column = SORTABLE.get(request.args.get("sort", "name"), "name")
    conn = sqlite3.connect("users.db")
    rows = conn.execute(f"SELECT id, name, email FROM users ORDER BY {column}").fetchall()
    return {"users": rows}
