import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/bookings")
def list_bookings(order: str = "start_at", boat: str | None = None):
    conn = sqlite3.connect("club.db")
    base = "SELECT id, boat, member, start_at FROM bookings"
    args = ()
    if boat:
        base += " WHERE boat = ?"
        args = (boat,)
    base += " ORDER BY " + order
    rows = conn.execute(base, args).fetchall()
    conn.close()
    return rows
