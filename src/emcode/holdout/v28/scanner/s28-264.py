import psycopg
from psycopg import sql
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
COLUMNS = {"origin", "destination", "carrier"}


@app.get("/shipments/distinct")
def distinct_values():
    column = request.args.get("column", "")
    if column not in COLUMNS:
        abort(400)
    since = request.args.get("since", "2024-01-01")
    query = sql.SQL("SELECT DISTINCT {col} FROM shipments").format(col=sql.Identifier(column))
    query += sql.SQL(" WHERE created_at >= %s ORDER BY 1")
    with psycopg.connect() as conn:
        rows = conn.execute(query, (since,)).fetchall()
    return jsonify([r[0] for r in rows])
