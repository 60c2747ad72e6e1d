import psycopg2
from flask import Flask, request, jsonify
import os

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.get("/league/<int:season>/scorers")
def top_scorers(season):
    sort = request.args.get("sort", "goals")
    sql = "SELECT player, team, goals, assists FROM scorers WHERE season = %s"
    sql += " ORDER BY " + sort + " DESC LIMIT 20"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql, (season,))
        rows = cur.fetchall()
    return jsonify(rows)
