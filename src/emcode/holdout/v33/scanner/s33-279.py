import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DB = "registry.db"


def db():
    if "db" not in g:
        g.db = sqlite3.connect(DB)
    return g.db


@app.route("/api/search")
def search():
    name = request.args.get("name", "")
    author = request.args.get("author")
    sql = "SELECT name, version, summary FROM packages"
    sql += " WHERE name LIKE ?"
    params = [f"%{name}%"]
    if author:
        sql += " AND author = ?"
        params.append(author)
    sql += " ORDER BY downloads DESC LIMIT 50"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("name", "version", "summary"), r)) for r in rows])
