import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/containers")
def containers():
    ids = [i for i in request.args.get("ids", "").split(",") if i]
    if not ids:
        return {"containers": []}
    in_list = ",".join("'%s'" % i for i in ids)
    sql = "SELECT container_id, status, location FROM containers WHERE container_id IN (" + in_list + ")"
    with sqlite3.connect("terminal.db") as db:
        rows = db.execute(sql).fetchall()
    return {"containers": [dict(zip(("id", "status", "location"), r)) for r in rows]}
