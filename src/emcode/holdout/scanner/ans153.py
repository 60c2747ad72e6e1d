import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/stats")
def stats():
    try:
        conn = sqlite3.connect("/srv/data/metrics.db")
        return {"rows": conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]}
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"Database failure: {exc!r}")
