import sqlite3
from flask import Flask, request

app = Flask(__name__)
SORTS = {"name": "name", "email": "email", "newest": "id DESC"}

@app.route("/users")
def list_users():
    order = SORTS.get(request.args.get("sort", "name"), "name")
    db = sqlite3.connect("app.db")
    stmt = "SELECT id, name, email FROM users ORDER BY " + order
    return {"users": db.execute(stmt).fetchall()}
