import sqlite3
from datetime import date
from typing import Optional

from fastapi import FastAPI, Query

app = FastAPI()


def get_db():
    con = sqlite3.connect("carpark.db")
    con.row_factory = sqlite3.Row
    return con


@app.get("/stays")
def stays(zone: Optional[str] = None, day: Optional[date] = None, limit: int = Query(50, le=500)):
    sql = "SELECT plate, zone, entered, left FROM stays WHERE 1=1"
    params = {"limit": limit}
    if zone:
        sql += " AND zone = :zone"
        params["zone"] = zone
    if day:
        sql += " AND date(entered) = :day"
        params["day"] = day.isoformat()
    sql += " ORDER BY entered DESC LIMIT :limit"
    with get_db() as con:
        return [dict(r) for r in con.execute(sql, params)]
