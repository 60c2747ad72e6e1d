import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORT_COLUMNS = {"created": "created_at", "title": "title", "id": "id"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_conn():
    return psycopg2.connect(dbname="blog", user="blog_app")


@app.route("/posts")
def posts():
    column = SORT_COLUMNS.get(request.args.get("sort", "created"), "created_at")
    direction = DIRECTIONS.get(request.args.get("dir", "desc").lower(), "DESC")
    query = "SELECT id, title, created_at FROM posts"
    query += " ORDER BY " + column + " " + direction
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
