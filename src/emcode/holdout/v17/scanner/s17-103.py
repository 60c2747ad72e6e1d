import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/sensors/{sensor_id}/max")
def max_reading(sensor_id: str, day: str = "2024-01-01"):
    prefix = "SELECT MAX(value) FROM readings "
    cond = "WHERE sensor = '%s' AND date(ts) = '%s'" % (sensor_id, day)
    conn = sqlite3.connect("iot.db")
    try:
        (value,) = conn.execute(prefix + cond).fetchone()
    finally:
        conn.close()
    return {"sensor": sensor_id, "max": value}
