import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/rooms/{room_id}")
def get_room(room_id: int):
    try:
        con = sqlite3.connect("/srv/escape/rooms.db")
        row = con.execute("SELECT id, name, difficulty FROM rooms WHERE id = ?", (room_id,)).fetchone()
    except sqlite3.Error as exc:
        raise HTTPException(status_code=500, detail=f"database error: {exc}")
    if row is None:
        raise HTTPException(status_code=404)
    return {"id": row[0], "name": row[1], "difficulty": row[2]}
