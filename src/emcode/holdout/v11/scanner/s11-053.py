import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tasks/archive")
def archive_tasks():
    try:
        ids = [int(i) for i in request.get_json(force=True).get("ids", [])][:500]
    except (TypeError, ValueError):
        return jsonify(error="ids must be integers"), 400
    if not ids:
        return jsonify(archived=0)
    marks = ",".join("?" for _ in ids)
    statement = "UPDATE tasks SET archived = 1"
    statement += f" WHERE id IN ({marks})"
    with sqlite3.connect("tasks.db") as conn:
        cur = conn.execute(statement, ids)
    return jsonify(archived=cur.rowcount)
