import psycopg
from psycopg import sql
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
COLUMNS = {"pickup", "dropoff", "fare", "created_at"}


@app.get("/trips/sorted")
def trips_sorted():
    col = request.args.get("by", "created_at")
    if col not in COLUMNS:
        abort(400)
    driver = request.args.get("driver", "")
    query = sql.SQL("SELECT id, {col} FROM trips").format(col=sql.Identifier(col))
    query += sql.SQL(" WHERE driver = %s ORDER BY {col}").format(col=sql.Identifier(col))
    with psycopg.connect("dbname=dispatch") as conn:
        rows = conn.execute(query, (driver,)).fetchall()
    return jsonify(rows)
