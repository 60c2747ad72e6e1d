import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tickets/search")
def search_tickets():
    conn = sqlite3.connect("ferry.db")
    sql = "SELECT id, passenger, sailing, fare FROM tickets"
    clauses = []
    passenger = request.args.get("passenger")
    sailing = request.args.get("sailing")
    if passenger:
        clauses.append(f"passenger LIKE '%{passenger}%'")
    if sailing:
        clauses.append(f"sailing = '{sailing}'")
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT 100"
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify([dict(zip(("id", "passenger", "sailing", "fare"), r)) for r in rows])
