import sqlite3
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SORTABLE = {"name": "name", "rating": "rating DESC", "wins": "wins DESC"}


@app.route("/players")
def players():
    sort = request.args.get("sort", "name")
    if sort not in SORTABLE:
        abort(400)
    game = request.args.get("game", "chess")
    sql = "SELECT name, rating, wins FROM players WHERE game = ?"
    sql += " ORDER BY " + SORTABLE[sort]
    with sqlite3.connect("esports.db") as conn:
        rows = conn.execute(sql, (game,)).fetchall()
    return jsonify(rows)
