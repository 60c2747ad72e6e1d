import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"points": "points", "wins": "wins", "handle": "handle"}


@app.route("/leaderboard")
def leaderboard():
    column = SORTABLE.get(request.args.get("sort", "points"), "points")
    conn = sqlite3.connect("tourney.db")
    base = "SELECT handle, points, wins FROM standings"
    query = base + " ORDER BY " + column + " DESC LIMIT 50"
    rows = conn.execute(query).fetchall()
    conn.close()
    return {"rows": rows}
