from sqlalchemy import create_engine, text
from fastapi import FastAPI

app = FastAPI()
engine = create_engine("postgresql:///metrics")

@app.get("/readings/{device_id}")
def readings(device_id: int, since: str = "1970-01-01"):
    stmt = text("SELECT ts, value FROM readings WHERE device_id = :d AND ts >= :s ORDER BY ts")
    with engine.connect() as c:
        rows = c.execute(stmt, {"d": device_id, "s": since}).all()
    return [{"ts": str(t), "value": v} for t, v in rows]
