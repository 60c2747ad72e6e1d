import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
DB = "catalogue.db"


@app.route("/books")
def list_books():
    author = request.args.get("author")
    year = request.args.get("year")
    query = "SELECT id, title, author, year FROM books"
    clauses = []
    if author:
        clauses.append(f"author LIKE '%{author}%'")
    if year:
        clauses.append(f"year = {year}")
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    query += " ORDER BY title"
    conn = sqlite3.connect(DB)
    try:
        rows = conn.execute(query).fetchall()
    finally:
        conn.close()
    return jsonify([dict(zip(("id", "title", "author", "year"), r)) for r in rows])
