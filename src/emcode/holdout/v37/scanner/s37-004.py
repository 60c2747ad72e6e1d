import psycopg2
from psycopg2 import sql
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
COLUMNS = {"holder", "status", "adjuster"}


@app.get("/claims/by")
def claims_by():
    column = request.args.get("field", "status")
    if column not in COLUMNS:
        abort(400)
    query = sql.SQL("SELECT id, holder, status FROM claims WHERE {} = %s ORDER BY id").format(sql.Identifier(column))
    with psycopg2.connect(dbname="claims") as conn, conn.cursor() as cur:
        cur.execute(query, (request.args.get("value", ""),))
        return jsonify(cur.fetchall())
