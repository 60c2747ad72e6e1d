import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="blog", user="blog_app")


@app.route("/posts")
def posts():
    sort = request.args.get("sort", "created_at")
    direction = request.args.get("dir", "desc")
    query = "SELECT id, title, created_at FROM posts"
    query = query + " ORDER BY " + sort + " " + direction
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
