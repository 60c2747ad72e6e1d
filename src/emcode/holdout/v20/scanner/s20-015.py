import os

import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
SORTS = {"newest": "created_at DESC", "oldest": "created_at ASC", "title": "title ASC"}


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/posts")
def list_posts():
    term = request.args.get("q", "")
    order = SORTS.get(request.args.get("sort", "newest"), SORTS["newest"])
    query = "SELECT id, title FROM posts WHERE title ILIKE %s"
    query += " ORDER BY " + order
    query += " LIMIT 50"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, ("%" + term + "%",))
        rows = cur.fetchall()
    return jsonify([{"id": r[0], "title": r[1]} for r in rows])
