import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/adoptions")
def list_adoptions(sort: str = "adopted_on", limit: int = 50):
    conn = sqlite3.connect("shelter.db")
    stmt = "SELECT pet_name, adopter, adopted_on FROM adoptions"
    stmt = stmt + " ORDER BY " + sort
    stmt = stmt + " LIMIT ?"
    rows = conn.execute(stmt, (limit,)).fetchall()
    conn.close()
    return [{"pet": r[0], "adopter": r[1], "date": r[2]} for r in rows]
