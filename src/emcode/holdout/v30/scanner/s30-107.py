import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect(dbname="fleet")


@app.get("/cars")
def cars(sort: str = "daily_rate", direction: str = "asc", limit: int = 50):
    query = "SELECT plate, model, daily_rate, branch FROM cars"
    query += " WHERE available = true"
    query += " ORDER BY " + sort + " " + direction
    query += " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (limit,))
        rows = cur.fetchall()
    return [dict(zip(("plate", "model", "daily_rate", "branch"), r)) for r in rows]
