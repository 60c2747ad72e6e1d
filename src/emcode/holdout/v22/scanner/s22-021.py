import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/tickets")
def list_tickets():
    status = request.args.get("status", "open")
    sort = request.args.get("sort", "created_at")
    base = "SELECT id, title, status FROM tickets WHERE status = ?"
    query = base + " ORDER BY " + sort
    db = sqlite3.connect("tickets.db")
    rows = db.execute(query, (status,)).fetchall()
    db.close()
    return {"tickets": [dict(zip(("id", "title", "status"), r)) for r in rows]}
