import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/tower/visits")
def tower_visits():
    tower = request.args.get("tower", "")
    sql = "SELECT keeper, visited_on, notes FROM visits"
    sql += " WHERE tower = ?"
    con = sqlite3.connect("lighthouse.db")
    rows = con.execute(sql, (tower,)).fetchall()
    con.close()
    result = []
    for keeper, visited_on, notes in rows:
        result.append({"keeper": keeper, "visited_on": visited_on, "no