import sqlite3
from contextlib import closing

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DB_PATH = "tournament.db"


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/api/matches")
def matches():
    filters, params = [], []
    if "team" in request.args:
        filters.append("(home = :team OR away = :team)")
        params_team = request.args["team"]
    else:
        params_team = None
    if "stage" in request.args:
        filters.append("stage = :stage")
    where = (" WHERE " + " AND ".join(filters)) if filters else ""
    sql = "SELECT id, home, away, stage, score FROM matches" + where + " ORDER BY starts_at"
    named = {"team": params_team, "stage": request.args.get("stage")}
    with closing(get_db()) as conn:
        rows = conn.execute(sql, named).fetchall()
    return jsonify([dict(r) for r in rows])


@app.route("/api/matches/<int:match_id>")
def match(match_id):
    with closing(get_db()) as conn:
        row = conn.execute("SELECT * FROM matches WHERE id = ?", (match_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
