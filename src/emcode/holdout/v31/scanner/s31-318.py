import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/members")
def members():
    sql = "SELECT id, name, plan FROM members"
    params = []
    plan = request.args.get("plan")
    if plan:
        sql += " WHERE plan = ?"
        params.append(plan)
    sql += " ORDER BY name LIMIT 200"
    with sqlite3.connect("gym.db") as conn:
        rows = conn.execute(sql, params).fetchall()
    return jsonify([{"id": r[0], "name": r[1], "pl