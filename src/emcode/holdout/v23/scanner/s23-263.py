import os
import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
TABLES = {"readings_2025", "readings_2026"}


@app.route("/sensors/<sensor_id>/readings")
def readings(sensor_id):
    table = request.args.get("table", "readings_2026")
    if table not in TABLES:
        abort(400)
    query = sql.SQL("SELECT ts, value FROM {} WHERE sensor_id = %s ORDER BY ts DESC LIMIT %s").format(
        sql.Identifier(table))
    with psycopg2.connect(os.environ["SENSOR_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query, (sensor_id, 200))
        rows = cur.fetchall()
    return jsonify([{"ts": ts.isoformat(), "value": v} for ts, v in rows])
