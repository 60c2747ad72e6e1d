from fastapi import FastAPI, HTTPException
import sqlite3

app = FastAPI()
SORT_COLUMNS = {"room": "room", "first": "first_name", "last": "last_name"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@app.get("/guests")
def list_guests(sort: str = "last", direction: str = "asc", floor: int = 1):
    column = SORT_COLUMNS.get(sort)
    order = DIRECTIONS.get(direction.lower())
    if column is None or order is None:
        raise HTTPException(400, "bad sort")
    query = "SELECT room, first_name, last_name FROM guests WHERE floor = ?"
    query += f" ORDER BY {column} {order}"
    conn = sqlite3.connect("hotel.db")
    try:
        rows = conn.execute(query, (floor,)).fetchall()
    finally:
        conn.close()
    return [{"room": r[0], "name": f"{r[1]} {r[2]}"} for r in rows]
