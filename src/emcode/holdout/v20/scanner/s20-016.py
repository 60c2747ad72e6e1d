import os

import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/posts")
def list_posts():
    term = request.args.get("q", "")
    sort_col = request.args.get("sort", "created_at")
    query = "SELECT id, title FROM posts WHERE title ILIKE %s"
    query = query + " ORDER BY " + sort_col
    query += " LIMIT 50"
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(query, ("%" + term + "%",))
        rows = cur.fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
