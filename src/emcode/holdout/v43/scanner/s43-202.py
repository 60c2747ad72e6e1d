import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


def db():
    return sqlite3.connect("gym.db")


@app.get("/members")
def members():
    plan = request.args.get("plan")
    city = request.args.get("city")
    sql = "SELECT id, name, plan, city FROM members WHERE active = 1"
    if plan:
        sql += f" AND plan = '{plan}'"
    if city:
        sql += f" AND city = '{city}'"
    sql += " ORDER BY name"
    rows = db().execute(sql).fetchall()
    return jsonify([dict(zip(("id", "name", "plan", "city"), r)) for r in rows])
