import os
from typing import Optional

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["DB_URL"])


@app.get("/sensors/readings")
def readings(sensor: str, min_value: Optional[float] = None, limit: int = Query(100, le=1000)):
    stmt = "SELECT ts, value FROM readings WHERE sensor_id = :sensor"
    params = {"sensor": sensor, "limit": limit}
    if min_value is not None:
        stmt += " AND value >= :min_value"
        params["min_value"] = min_value
    stmt += " ORDER BY ts DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), params).fetchall()
    return [{"ts": r.ts.isoformat(), "value": r.value} for r in rows]
