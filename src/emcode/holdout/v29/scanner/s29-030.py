import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "catalogue.db"


@app.route("/books")
def list_books():
    author = request.args.get("author")
    year = request.args.get("year", type=int)
    query = "SELECT id, title, author, year FROM books"
    clauses, params = [], []
    if author:
        clauses.append("author LIKE ?")
        params.append(f"%{author}%")
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " ORDER BY title"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(query, params).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "title", "author", "year"), r)) for r in rows])
