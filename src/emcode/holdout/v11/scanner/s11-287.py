import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/tasks/archive")
def archive_tasks():
    ids = request.get_json(force=True).get("ids", [])
    id_list = ",".join(str(i) for i in ids)
    statement = "UPDATE tasks SET archived = 1"
    statement = f"{statement} WHERE id IN ({id_list})"
    with sqlite3.connect("tasks.db") as conn:
        cur = conn.execute(statement)
        conn.commit()
    return jsonify(archived=cur.rowcount)
