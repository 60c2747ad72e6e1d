import sqlite3

from fastapi import FastAPI, Query

app = FastAPI()


def like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@app.get("/objects")
def objects(q: str = Query("", max_length=100), limit: int = Query(20, ge=1, le=100)):
    sql = "SELECT accession, title FROM objects"
    args: list = []
    if q:
        sql += " WHERE title LIKE ? ESCAPE '\\'"
        args.append(like_pattern(q))
    sql += " ORDER BY accession LIMIT ?"
    args.append(limit)
    conn = sqlite3.connect("museum.db")
    try:
        rows = conn.execute(sql, args).fetchall()
    finally:
        conn.close()
    return [{"accession": a, "title": t} for a, t in rows]
