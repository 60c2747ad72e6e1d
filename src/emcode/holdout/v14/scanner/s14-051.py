import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)
BASE = "SELECT id, title, status FROM tasks"


@app.route("/tasks")
def tasks():
    status = request.args.get("status", "open")
    owner = request.args.get("owner", "")
    sql = BASE
    sql += f" WHERE status = '{status}'"
    if owner:
        sql += f" AND owner = '{owner}'"
    sql += " ORDER BY id"
    conn = sqlite3.connect("tasks.db")
    rows = conn.execute(sql).fetchall()
    conn.close()
    return jsonify(rows)
