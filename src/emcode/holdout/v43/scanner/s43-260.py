import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
conn = psycopg2.connect(dbname="bikes")

SORTABLE = {"start": "started_at", "from": "dock_from", "to": "dock_to"}


@app.route("/rides")
def rides():
    sort = SORTABLE.get(request.args.get("sort", "start"), "started_at")
    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"
    base = "SELECT ride_id, dock_from, dock_to, started_at FROM rides"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT 100"
    with conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return jsonify(data)
