import sqlite3
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/walks")
def walks():
    dog = request.args.get("dog", "")
    sql = "SELECT id, walker, start FROM walks "
    sql += "WHERE dog_name = '" + dog + "'"
    conn = sqlite3.connect("walks.db")
    rows = conn.execute(sql).fetchall()
    result = []
    for r in rows:
        result.append({"id": r[0], "walker": r[1], "st
