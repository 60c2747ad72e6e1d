import sqlite3

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/volunteers/<name>/shifts")
def volunteer_shifts(name):
    conn = sqlite3.connect("foodbank.db")
    cur = conn.cursor()
    cur.execute(f"SELECT day, start, finish FROM shifts WHERE volunteer = '{name}' ORDER BY day")
    shifts = [dict(zip(("day", "start", "finish"), r)) for r in cur.fetchall()]
    conn.close()
    return jsonify(shifts)
