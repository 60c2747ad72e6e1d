import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)
SORTABLE = {"joined": "joined_at", "name": "name", "hives": "hive_count"}


def db():
    return sqlite3.connect("coop.db")


@app.route("/members/search")
def member_search():
    region = request.args.get("region", "")
    sort = SORTABLE.get(request.args.get("sort", "joined"), "joined_at")
    sql = "SELECT id, name, hive_count FROM members"
    sql += " WHERE active = 1"
    params = []
    if region:
        sql += " AND region = ?"
        params.append(region)
    sql += f" ORDER BY {sort}"
    rows = db().execute(sql, params).fetchall()
    return jsonify([dict(zip(("id", "name", "hives"), r)) for r in rows])
