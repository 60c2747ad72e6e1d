import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    return sqlite3.connect("tramdepot.db")


@app.route("/work_orders")
def list_work_orders():
    status = request.args.get("status")
    owner = request.args.get("technician")
    sql = "SELECT id, name, status FROM depot_work_orders WHERE 1=1"
    if status:
        sql += f" AND status = '{status}'"
    if owner:
        sql += f" AND technician = '{owner}'"
    sql += " ORDER BY id"
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(id=r[0], name=r[1], status=r[2]) for r in rows])
