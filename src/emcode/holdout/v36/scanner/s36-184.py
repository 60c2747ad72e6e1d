import sqlite3

from flask import Flask, request

app = Flask(__name__)
SORTABLE = {"score": "score", "level": "level", "player": "player"}


@app.get("/scores")
def scores():
    sort = SORTABLE.get(request.args.get("sort", "score"), "score")
    base = "SELECT player, score, level FROM highscores"
    stmt = base + " ORDER BY " + sort + " DESC LIMIT 20"
    con = sqlite3.connect("arcade.db")
    try:
        return {"rows": con.execute(stmt).fetchall()}
    finally:
        con.close()
