import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Reading(BaseModel):
    panel: str
    watts: float


@app.post("/readings")
def add_readings(batch: list[Reading]):
    stmt = "INSERT INTO readings (panel, watts) VALUES (?, ?)"
    with sqlite3.connect("solar.db") as con:
        con.executemany(stmt, [(r.panel, r.watts) for r in batch])
    return {"inserted": len(batch)}
