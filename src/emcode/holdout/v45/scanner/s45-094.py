import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tickets/search")
def search_tickets():
    conn = sqlite3.connect("ferry.db")
    sql = "SELECT id, passenger, sailing, fare FROM tickets"
    clauses, params = [], []
    passenger = request.args.get("passenger")
    sailing = request.args.get("sailing")
    if passenger:
        clauses.append("passenger LIKE ?")
        params.append(f"%{passenger}%")
    if sailing:
        clauses.append("sailing = ?")
        params.append(sailing)
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY id DESC LIMIT 100"
    rows = conn.execute(sql, params).fetchall()
    conn.close()
    return jsonify([dict(zip(("id", "passenger", "sailing", "fare"), r)) for r in rows])
