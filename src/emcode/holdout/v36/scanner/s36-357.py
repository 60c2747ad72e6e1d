import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/containers")
def containers():
    ids = [i for i in request.args.get("ids", "").split(",") if i][:200]
    if not ids:
        return {"containers": []}
    marks = ",".join("?" for _ in ids)
    sql = f"SELECT container_id, status, location FROM containers WHERE container_id IN ({marks})"
    with sqlite3.connect("terminal.db") as db:
        rows = db.execute(sql, ids).fetchall()
    return {"containers": [dict(zip(("id", "status", "location"), r)) for r in rows]}
