import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/customers")
def customers():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 20)), 100)
    search = request.args.get("search", "").strip()
    sql = "SELECT id, name, email FROM customers"
    args = []
    if search:
        sql += " WHERE name LIKE ? OR email LIKE ?"
        like = f"%{search}%"
        args += [like, like]
    sql += f" ORDER BY name LIMIT {per_page} OFFSET {(page - 1) * per_page}"
    with sqlite3.connect("crm.db") as conn:
        rows = conn.execute(sql, args).fetchall()
    return jsonify([{"id": r[0], "name": r[1], "email": r[2]} for r in rows])
