from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///iot.db")


@app.get("/sensors/{sensor_id}/readings")
def readings(sensor_id: str, since: str | None = None, limit: int = 100):
    sql = "SELECT ts, value FROM readings WHERE sensor_id = :sid"
    params = {"sid": sensor_id, "lim": max(1, min(limit, 1000))}
    if since:
        sql += " AND ts >= :since"
        params["since"] = since
    sql += " ORDER BY ts DESC LIMIT :lim"
    with engine.connect() as conn:
        rows = conn.execute(text(sql), params).all()
    return [{"ts": r.ts, "value": r.value} for r in rows]
