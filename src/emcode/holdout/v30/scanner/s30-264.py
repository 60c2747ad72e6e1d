import os

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/rentals")
def rentals():
    clauses, values = [], []
    if (plate := request.args.get("plate")):
        clauses.append("plate = %s")
        values.append(plate)
    if (status := request.args.get("status")):
        clauses.append("status = %s")
        values.append(status)
    if (since := request.args.get("since")):
        clauses.append("pickup >= %s")
        values.append(since)
    sql = "SELECT id, plate, customer, status, pickup FROM rentals"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY pickup DESC LIMIT 100"
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn, conn.cursor() as cur:
        cur.execute(sql, values)
        cols = [d[0] for d in cur.description]
        return jsonify([dict(zip(cols, row)) for row in cur.fetchall()])
