import psycopg
from psycopg import sql
from flask import Flask, request, jsonify

app = Flask(__name__)
METRICS = {"battery", "altitude", "speed"}


@app.get("/telemetry/avg")
def avg():
    metric = request.args.get("metric", "battery")
    if metric not in METRICS:
        return jsonify(error="unknown metric"), 400
    drone = request.args.get("drone", "")
    query = sql.SQL("SELECT avg({col}) FROM frames WHERE drone_id = %s").format(col=sql.Identifier(metric))
    with psycopg.connect("dbname=telemetry") as conn:
        value = conn.execute(query, (drone,)).fetchone()[0]
    return jsonify(metric=metric, drone=drone, avg=value)
