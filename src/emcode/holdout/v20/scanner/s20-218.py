import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["DB_URL"])


@app.get("/sensors/{sensor}/latest")
def latest(sensor: str):
    where = f"WHERE sensor_id = '{sensor}'"
    stmt = text("SELECT ts, value FROM readings " + where + " ORDER BY ts DESC LIMIT 1")
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    return {"ts": str(row.ts), "value": row.value} if row else {}
