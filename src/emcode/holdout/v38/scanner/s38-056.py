import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/grid/reports/{report_id}")
def get_report(report_id: int):
    try:
        conn = sqlite3.connect("/var/lib/grid/outages.db")
        row = conn.execute("SELECT * FROM reports WHERE id = ?", (report_id,)).fetchone()
    except sqlite3.Error as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc!r}")
    if row is None:
        raise HTTPException(404)
    return {"report": row}
