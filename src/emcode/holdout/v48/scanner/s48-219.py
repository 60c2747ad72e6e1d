import sqlite3

from fastapi import FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/finds/{find_id}")
def get_find(find_id: int):
    try:
        con = sqlite3.connect("/srv/dig/finds.db")
        row = con.execute("SELECT * FROM finds WHERE id = ?", (find_id,)).fetchone()
        return {"find": row}
    except sqlite3.Error as exc:
        return JSONResponse({"error": f"database error: {exc!r} in /srv/dig/finds.db"}, status_code=500)
