from fastapi import FastAPI
import sqlite3

app = FastAPI()


@app.get("/guests")
def list_guests(sort: str = "last_name", direction: str = "asc", floor: int = 1):
    conn = sqlite3.connect("hotel.db")
    try:
        base = "SELECT room, first_name, last_name FROM guests WHERE floor = ?"
        order = " ORDER BY " + sort + " " + direction
        query = base + order
        rows = conn.execute(query, (floor,)).fetchall()
    finally:
        conn.close()
    return [{"room": r[0], "name": f"{r[1]} {r[2]}"} for r in rows]
