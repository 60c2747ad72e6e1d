import sqlite3

from fastapi import FastAPI, HTTPException

app = FastAPI()

SORTABLE = {"date": "adopted_on", "pet": "pet_name", "adopter": "adopter"}


@app.get("/adoptions")
def list_adoptions(sort: str = "date", limit: int = 50):
    column = SORTABLE.get(sort)
    if column is None:
        raise HTTPException(status_code=400, detail="unknown sort key")
    conn = sqlite3.connect("shelter.db")
    stmt = "SELECT pet_name, adopter, adopted_on FROM adoptions"
    stmt = stmt + " ORDER BY " + column
    stmt = stmt + " LIMIT ?"
    rows = conn.execute(stmt, (limit,)).fetchall()
    conn.close()
    return [{"pet": r[0], "adopter": r[1], "date": r[2]} for r in rows]
