import os

import psycopg2
from psycopg2 import sql
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
GROUPABLE = {"district", "meter_type", "tariff"}


@app.route("/usage/grouped")
def usage_grouped():
    by = request.args.get("by", "district")
    if by not in GROUPABLE:
        abort(400)
    month = request.args.get("month", "2024-05")
    stmt = sql.SQL("SELECT {col}, SUM(litres) FROM readings WHERE to_char(read_at, 'YYYY-MM') = %s GROUP BY {col}").format(
        col=sql.Identifier(by)
    )
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(stmt, (month,))
        return jsonify([{"key": k, "litres": float(v)} for k, v in cur.fetchall()])
