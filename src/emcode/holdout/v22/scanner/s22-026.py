import sqlite3
from flask import Flask, request

app = Flask(__name__)

SORT_COLUMNS = {"created": "created_at", "title": "title", "priority": "priority"}


@app.route("/tickets")
def list_tickets():
    status = request.args.get("status", "open")
    column = SORT_COLUMNS.get(request.args.get("sort", "created"), "created_at")
    direction = "DESC" if request.args.get("desc") == "1" else "ASC"
    query = "SELECT id, title, status FROM tickets WHERE status = ?"
    query += f" ORDER BY {column} {direction}"
    db = sqlite3.connect("tickets.db")
    rows = db.execute(query, (status,)).fetchall()
    db.close()
    return {"tickets": [dict(zip(("id", "title", "status"), r)) for r in rows]}
