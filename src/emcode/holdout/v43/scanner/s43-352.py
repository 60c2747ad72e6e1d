import psycopg2
from psycopg2 import sql
from fastapi import FastAPI, HTTPException

app = FastAPI()
COLUMNS = {"rides", "revenue", "repairs"}


@app.get("/docks/top")
def top_docks(metric: str = "rides", limit: int = 10):
    if metric not in COLUMNS:
        raise HTTPException(400, "unknown metric")
    q = sql.SQL("SELECT dock_id, {col} FROM dock_monthly").format(col=sql.Identifier(metric))
    q = q + sql.SQL(" ORDER BY {col} DESC LIMIT %s").format(col=sql.Identifier(metric))
    with psycopg2.connect(dbname="bikes") as conn, conn.cursor() as cur:
        cur.execute(q, (min(limit, 100),))
        return cur.fetchall()
