import os

import mysql.connector
from flask import Flask, jsonify, request

app = Flask(__name__)


def db():
    return mysql.connector.connect(host="localhost", database="orchestra",
                                   user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"])


@app.get("/players")
def players():
    instrument = request.args.get("instrument")
    since = request.args.get("since")
    query = "SELECT id, name, instrument FROM players"
    conds, values = [], []
    if instrument:
        conds.append("instrument = %s")
        values.append(instrument)
    if since:
        conds.append("joined >= %s")
        values.append(since)
    if conds:
        query += " WHERE " + " AND ".join(conds)
    conn = db()
    cur = conn.cursor(dictionary=True)
    cur.execute(query, values)
    rows = cur.fetchall()
    conn.close()
    return jsonify(rows)
