import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
DATABASE = "interpreting.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DATABASE)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/assignments")
def assignments():
    clauses = []
    params = {}
    lang = request.args.get("language")
    if lang:
        clauses.append("language = :lang")
        params["lang"] = lang
    since = request.args.get("since")
    if since:
        try:
            params["since"] = date.fromisoformat(since).isoformat()
        except ValueError:
            return jsonify(error="since must be YYYY-MM-DD"), 400
        clauses.append("starts_on >= :since")
    sql = "SELECT id, client, language, starts_on FROM assignments"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY starts_on LIMIT 200"
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(r) for r in rows])
