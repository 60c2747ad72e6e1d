import psycopg2
from fastapi import FastAPI

app = FastAPI()


def get_conn():
    return psycopg2.connect(dbname="realestate")


@app.get("/listings")
def listings(sort: str = "price", city: str = ""):
    query = "SELECT id, address, price, bedrooms FROM listings WHERE city = %s"
    query += " ORDER BY " + sort
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (city,))
        rows = cur.fetchall()
    return [dict(zip(("id", "address", "price", "bedrooms"), r)) for r in rows]
