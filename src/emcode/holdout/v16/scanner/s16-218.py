import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
TABLES = {"sensors", "gateways", "alerts"}


@app.get("/admin/<table>")
def browse(table):
    if table not in TABLES:
        abort(404)
    since = request.args.get("since", "1970-01-01")
    query = sql.SQL("SELECT * FROM {} WHERE created_at >= %s ORDER BY created_at LIMIT 100").format(
        sql.Identifier(table)
    )
    with psycopg2.connect(dbname="iot") as conn, conn.cursor() as cur:
        cur.execute(query, (since,))
        cols = [d[0] for d in cur.description]
        return jsonify([dict(zip(cols, r)) for r in cur.fetchall()])
