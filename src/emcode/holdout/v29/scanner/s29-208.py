import os

import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORTABLE = {"goals": "goals", "assists": "assists", "name": "player"}


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/league/<int:season>/scorers")
def top_scorers(season):
    column = SORTABLE.get(request.args.get("sort", "goals"), "goals")
    sql = "SELECT player, team, goals, assists FROM scorers WHERE season = %s"
    sql += " ORDER BY " + column + " DESC LIMIT 20"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql, (season,))
        rows = cur.fetchall()
    return jsonify(rows)
