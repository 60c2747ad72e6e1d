import psycopg2
from fastapi import FastAPI

app = FastAPI()


def get_conn():
    return psycopg2.connect(dbname="esports", user="web", host="db")


@app.get("/leaderboard")
def leaderboard(sort: str = "points", direction: str = "desc", limit: int = 20):
    base = "SELECT handle, team, points, kills FROM player_stats"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (limit,))
        return [dict(zip(("handle", "team", "points", "kills"), r)) for r in cur.fetchall()]
