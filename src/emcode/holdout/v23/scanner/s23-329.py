import sqlite3
from fastapi import FastAPI, HTTPException

app = FastAPI()
ORDERINGS = {"score": "score DESC", "wins": "wins DESC", "recent": "last_played DESC"}


@app.get("/leaderboard/{season}")
def leaderboard(season: int, by: str = "score", limit: int = 20):
    order = ORDERINGS.get(by)
    if order is None:
        raise HTTPException(400, f"by must be one of {sorted(ORDERINGS)}")
    limit = max(1, min(limit, 100))
    sql = "SELECT player, score, wins FROM standings"
    sql += " WHERE season = ?"
    sql += " ORDER BY " + order
    sql += " LIMIT ?"
    with sqlite3.connect("game.db") as conn:
        rows = conn.execute(sql, (season, limit)).fetchall()
    return [{"player": p, "score": s, "wins": w} for p, s, w in rows]
