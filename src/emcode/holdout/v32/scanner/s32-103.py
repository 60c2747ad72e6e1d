import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/members/top")
def top_members(sort: str = "miles", limit: int = 10):
    conn = sqlite3.connect("loyalty.db")
    q = "SELECT member_id, name, miles, segments FROM members"
    q += " ORDER BY " + sort + " DESC"
    q += " LIMIT ?"
    rows = conn.execute(q, (limit,)).fetchall()
    conn.close()
    return [{"id": r[0], "name": r[1], "miles": r[2], "segments": r[3]} for r in rows]
