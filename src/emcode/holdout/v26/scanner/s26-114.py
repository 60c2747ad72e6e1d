import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/films")
def films():
    page = max(int(request.args.get("page", 1)), 1)
    size = min(max(int(request.args.get("size", 20)), 1), 100)
    country = request.args.get("country")
    sql = "SELECT id, title FROM films"
    args = []
    if country:
        sql += " WHERE country = ?"
        args.append(country)
    sql += f" ORDER BY title LIMIT {size} OFFSET {(page - 1) * size}"
    with sqlite3.connect("festival.db") as db:
        return jsonify(db.execute(sql, args).fetchall())
