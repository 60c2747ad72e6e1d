import logging
import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()
log = logging.getLogger("finds")


@app.get("/finds/{find_id}")
def get_find(find_id: int):
    try:
        con = sqlite3.connect("/srv/dig/finds.db")
        row = con.execute("SELECT * FROM finds WHERE id = ?", (find_id,)).fetchone()
    except sqlite3.Error:
        log.exception("lookup failed for find %d", find_id)
        raise HTTPException(status_code=500, detail="internal error")
    if row is None:
        raise HTTPException(status_code=404, detail="not found")
    return {"find": row}
