from fastapi import FastAPI
import sqlite3

app = FastAPI()


@app.get("/drivers")
def find_drivers(name: str = "", depot: str = "north"):
    conn = sqlite3.connect("fleet.db")
    cursor = conn.cursor()
    q = "SELECT id, name, depot FROM drivers WHERE depot = ?"
    params = [depot]
    if name:
        q = q + " AND name LIKE '%" + name + "%'"
    cursor.execute(q, params)
    result = cursor.fetchall()
    conn.close()
    return {"drivers": result}
