import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/players")
def players():
    team = request.args.get("team", "")
    sql = "SELECT name, position, goals FROM players"
    sql += " WHERE team = ?"
    sql += " ORDER BY goals DESC"
    con = sqlite3.connect("league.db")
    rows = con.execute(sql, (team,)).fetchall()
    con.close()
    return jsonify([{"name": n, "posi