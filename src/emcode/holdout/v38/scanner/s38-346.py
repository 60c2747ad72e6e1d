import sqlite3

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/transcripts")
def transcripts(offset: int = Query(0, ge=0), limit: int = Query(20, ge=1, le=100)):
    conn = sqlite3.connect("court.db")
    try:
        rows = conn.execute(
            "SELECT id, case_no, hearing_date FROM transcripts ORDER BY hearing_date DESC LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
    finally:
        conn.close()
    return [{"id": r[0], "case": r[1], "date": r[2]} for r in rows]
