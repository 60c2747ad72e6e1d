import sqlite3
from flask import Flask, request

app = Flask(__name__)

@app.route("/users")
def list_users():
    sort = request.args.get("sort", "name")
    db = sqlite3.connect("app.db")
    base = "SELECT id, name, email FROM users ORDER BY "
    stmt = base + sort
    return {"users": db.execute(stmt).fetchall()}
