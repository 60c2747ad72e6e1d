import sqlite3
from typing import Literal

from fastapi import FastAPI, Query

app = FastAPI()
COLUMNS = {"miles": "miles", "segments": "segments", "name": "name"}


@app.get("/members/top")
def top_members(sort: Literal["miles", "segments", "name"] = "miles", limit: int = Query(10, ge=1, le=100)):
    conn = sqlite3.connect("loyalty.db")
    q = "SELECT member_id, name, miles, segments FROM members"
    q += f" ORDER BY {COLUMNS[sort]} DESC"
    q += " LIMIT ?"
    rows = conn.execute(q, (limit,)).fetchall()
    conn.close()
    return [{"id": r[0], "name": r[1], "miles": r[2], "segments": r[3]} for r in rows]
