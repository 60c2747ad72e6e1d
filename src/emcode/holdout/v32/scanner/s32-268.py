import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/plots/{plot_id}")
def get_plot(plot_id: int):
    try:
        conn = sqlite3.connect("/var/lib/garden/garden.db")
        row = conn.execute("SELECT plot_id, holder, size_m2 FROM plots WHERE plot_id = ?", (plot_id,)).fetchone()
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc!r}")
    if row is None:
        raise HTTPException(status_code=404)
    return {"plot": row[0], "holder": row[1], "size": row[2]}
