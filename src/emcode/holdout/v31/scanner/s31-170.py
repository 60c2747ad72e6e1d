import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()

SORT_COLUMNS = {"price": "price", "bedrooms": "bedrooms", "newest": "listed_at DESC"}


def get_conn():
    return psycopg2.connect(dbname="realestate")


@app.get("/listings")
def listings(sort: str = "price", city: str = ""):
    order_by = SORT_COLUMNS.get(sort)
    if order_by is None:
        raise HTTPException(status_code=400, detail="unknown sort key")
    query = "SELECT id, address, price, bedrooms FROM listings WHERE city = %s"
    query += " ORDER BY " + order_by
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (city,))
        rows = cur.fetchall()
    return [dict(zip(("id", "address", "price", "bedrooms"), r)) for r in rows]
