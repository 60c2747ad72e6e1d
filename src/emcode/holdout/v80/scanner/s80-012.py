import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("coop.db")


@app.route("/members/search")
def member_search():
    region = request.args.get("region", "")
    sort = request.args.get("sort", "joined")
    sql = "SELECT id, name, hive_count FROM members"
    sql += " WHERE active = 1"
    if region:
        sql += f" AND region = '{region}'"
    sql += " ORDER BY " + sort
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "name", "hives"), r)) for r in rows])
