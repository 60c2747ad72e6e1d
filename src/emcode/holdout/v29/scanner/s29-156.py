import os

import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
TABLES = {"books", "dvds", "magazines"}


@app.route("/stock/<kind>")
def stock(kind):
    if kind not in TABLES:
        abort(404)
    branch = request.args.get("branch", "central")
    query = sql.SQL("SELECT id, title, copies FROM {} ").format(sql.Identifier(kind))
    query += sql.SQL("WHERE branch = %s ORDER BY title")
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(query, (branch,))
        return jsonify(cur.fetchall())
