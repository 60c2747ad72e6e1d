from psycopg2 import sql
import psycopg2
from flask import Flask, request, abort

app = Flask(__name__)
SORTABLE = {"created_at", "title", "views"}

@app.route("/articles")
def articles():
    col = request.args.get("sort", "created_at")
    if col not in SORTABLE:
        abort(400)
    q = sql.SQL("SELECT id, title FROM articles WHERE author = %s ORDER BY {}").format(sql.Identifier(col))
    with psycopg2.connect("dbname=blog") as conn, conn.cursor() as cur:
        cur.execute(q, (request.args.get("author", ""),))
        return {"articles": cur.fetchall()}
