import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_db():
    return sqlite3.connect("audioguide.db")


@app.route("/tracks")
def list_tracks():
    status = request.args.get("status")
    owner = request.args.get("narrator")
    sql = "SELECT id, name, status FROM guide_tracks WHERE 1=1"
    params = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    if owner:
        sql += " AND narrator = ?"
        params.append(owner)
    sql += " ORDER BY id"
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([dict(id=r[0], name=r[1], status=r[2]) for r in rows])
