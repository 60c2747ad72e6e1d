import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()

SORTABLE = {"points": "points", "kills": "kills", "handle": "handle"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_conn():
    return psycopg2.connect(dbname="esports", user="web", host="db")


@app.get("/leaderboard")
def leaderboard(sort: str = "points", direction: str = "desc", limit: int = 20):
    if sort not in SORTABLE or direction not in DIRECTIONS:
        raise HTTPException(status_code=400, detail="bad sort")
    base = "SELECT handle, team, points, kills FROM player_stats"
    order = f" ORDER BY {SORTABLE[sort]} {DIRECTIONS[direction]}"
    query = base + order + " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (min(limit, 200),))
        return [dict(zip(("handle", "team", "points", "kills"), r)) for r in cur.fetchall()]
