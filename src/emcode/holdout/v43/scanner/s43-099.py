import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
conn = psycopg2.connect(dbname="bikes")


@app.route("/rides")
def rides():
    sort = request.args.get("sort", "started_at")
    direction = request.args.get("dir", "desc")
    base = "SELECT ride_id, dock_from, dock_to, started_at FROM rides"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT 100"
    with conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return jsonify(data)
