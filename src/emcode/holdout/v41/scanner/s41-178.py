import psycopg2
from psycopg2 import sql
from fastapi import FastAPI, HTTPException

app = FastAPI()
COLUMNS = {"voltage", "current", "power", "temperature"}


@app.get("/panels/{panel_id}/series")
def series(panel_id: int, metric: str = "power", limit: int = 100):
    if metric not in COLUMNS:
        raise HTTPException(400, "unknown metric")
    limit = max(1, min(limit, 1000))
    query = sql.SQL("SELECT ts, {col} FROM readings").format(col=sql.Identifier(metric))
    query = query + sql.SQL(" WHERE panel_id = %s ORDER BY ts DESC LIMIT %s")
    with psycopg2.connect(dbname="solar") as conn, conn.cursor() as cur:
        cur.execute(query, (panel_id, limit))
        return [{"ts": ts.isoformat(), "value": v} for ts, v in cur.fetchall()]
