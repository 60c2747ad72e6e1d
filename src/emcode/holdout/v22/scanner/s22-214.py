import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/drivers")
def find_drivers(name: str = "", depot: str = "north"):
    conn = sqlite3.connect("fleet.db")
    q = "SELECT id, name, depot FROM drivers WHERE depot = ?"
    params: list = [depot]
    if name:
        q += " AND name LIKE ?"
        params.append(f"%{name}%")
    q += " ORDER BY name"
    rows = conn.execute(q, params).fetchall()
    conn.close()
    return {"drivers": rows}
