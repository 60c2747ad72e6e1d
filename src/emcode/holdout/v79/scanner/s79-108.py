import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()
ORDERINGS = {"start": "start_at", "boat": "boat", "member": "member"}


@app.get("/bookings")
def list_bookings(order: str = "start", boat: str | None = None):
    column = ORDERINGS.get(order)
    if column is None:
        raise HTTPException(400, "unknown order")
    sql = "SELECT id, boat, member, start_at FROM bookings"
    args: tuple = ()
    if boat:
        sql += " WHERE boat = ?"
        args = (boat,)
    sql += f" ORDER BY {column}"
    with sqlite3.connect("club.db") as conn:
        return conn.execute(sql, args).fetchall()
