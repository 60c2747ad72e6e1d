import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/leaderboard")
def leaderboard():
    sort = request.args.get("sort", "points")
    conn = sqlite3.connect("tourney.db")
    base = "SELECT handle, points, wins FROM standings"
    query = base + " ORDER BY " + sort + " DESC LIMIT 50"
    rows = conn.execute(query).fetchall()
    conn.close()
    return {"rows": rows}
