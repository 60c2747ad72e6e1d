import sqlite3
from typing import Optional

from fastapi import FastAPI, Query

app = FastAPI()
DB_PATH = "league.sqlite3"


@app.get("/matches")
def matches(team: Optional[str] = None, venue: Optional[str] = None,
            page: int = Query(1, ge=1), per_page: int = Query(25, ge=1, le=100)):
    sql = ["SELECT id, home, away, kickoff, venue FROM matches"]
    where, args = [], []
    if team:
        where.append("(home = ? OR away = ?)")
        args += [team, team]
    if venue:
        where.append("venue = ?")
        args.append(venue)
    if where:
        sql.append("WHERE " + " AND ".join(where))
    sql.append("ORDER BY kickoff LIMIT ? OFFSET ?")
    args += [per_page, (page - 1) * per_page]
    with sqlite3.connect(DB_PATH) as con:
        con.row_factory = sqlite3.Row
        rows = con.execute(" ".join(sql), args).fetchall()
    return [dict(r) for r in rows]
