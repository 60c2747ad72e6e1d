import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Reading(BaseModel):
    panel: str
    watts: float


@app.post("/readings")
def add_readings(batch: list[Reading]):
    values = []
    for r in batch:
        values.append(f"('{r.panel}', {r.watts})")
    stmt = "INSERT INTO readings (panel, watts) VALUES "
    stmt += ", ".join(values)
    with sqlite3.connect("solar.db") as con:
        con.execute(stmt)
    return {"inserted": len(values)}
