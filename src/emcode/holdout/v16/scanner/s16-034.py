import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORTABLE = {"created": "created_at", "title": "title", "id": "id"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_conn():
    return psycopg2.connect(dbname="blog", user="blog")


@app.get("/posts")
def list_posts():
    order = SORTABLE.get(request.args.get("sort", "created"), "created_at")
    direction = DIRECTIONS.get(request.args.get("dir", "desc").lower(), "DESC")
    base = "SELECT id, title, created_at FROM posts"
    clause = " ORDER BY " + order + " " + direction
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(base + clause)
        rows = cur.fetchall()
    return jsonify(rows)
