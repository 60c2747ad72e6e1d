from fastapi import FastAPI
from sqlalchemy import create_engine, text

import os

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/sensors/readings")
def readings(sensor: str, since: str | None = None, limit: int = 100):
    sql = "SELECT ts, value FROM readings WHERE sensor_id = :sensor"
    params = {"sensor": sensor, "limit": max(1, min(limit, 1000))}
    if since:
        sql += " AND ts >= :since"
        params["since"] = since
    sql += " ORDER BY ts DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [{"ts": str(r.ts), "value": r.value} for r in rows]
