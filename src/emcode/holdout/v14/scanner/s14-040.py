from sqlalchemy import create_engine, text
from fastapi import FastAPI, Query

app = FastAPI()
engine = create_engine("postgresql+psycopg2://app@localhost/iot")


@app.get("/readings")
def readings(sensor: str, since: str = Query(...), limit: int = 100):
    limit = min(max(limit, 1), 1000)
    stmt = "SELECT ts, value FROM readings WHERE sensor_id = :sensor"
    stmt += " AND ts >= :since"
    stmt += " ORDER BY ts LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"sensor": sensor, "since": since, "limit": limit}).all()
    return [{"ts": str(r.ts), "value": r.value} for r in rows]
