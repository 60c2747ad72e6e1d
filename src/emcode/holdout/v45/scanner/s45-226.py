from fastapi import FastAPI, Query
import sqlite3

app = FastAPI()


@app.get("/telemetry/latest")
def latest(ids: list[str] = Query(default=[])):
    if not ids:
        return []
    con = sqlite3.connect("telemetry.db")
    marks = ", ".join("?" for _ in ids)
    q = "SELECT drone_id, lat, lon, battery FROM last_fix"
    q += f" WHERE drone_id IN ({marks})"
    rows = con.execute(q, ids).fetchall()
    return [dict(zip(("drone_id", "lat", "lon", "battery"), r)) for r in rows]
