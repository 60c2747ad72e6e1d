import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()
conn = psycopg2.connect(dbname="fleet")

SORTABLE = {"rate": "daily_rate", "model": "model", "branch": "branch"}


@app.get("/cars")
def cars(sort: str = "rate", direction: str = "asc", limit: int = 50):
    column = SORTABLE.get(sort)
    if column is None:
        raise HTTPException(400, "unknown sort key")
    order = "DESC" if direction.lower() == "desc" else "ASC"
    query = "SELECT plate, model, daily_rate, branch FROM cars"
    query += " WHERE available = true"
    query += f" ORDER BY {column} {order}"
    query += " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (min(limit, 200),))
        rows = cur.fetchall()
    return [dict(zip(("plate", "model", "daily_rate", "branch"), r)) for r in rows]
