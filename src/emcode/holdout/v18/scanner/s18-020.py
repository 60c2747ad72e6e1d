from fastapi import FastAPI, HTTPException
import psycopg2

app = FastAPI()
SORTABLE = {"name": "name", "price": "price", "newest": "created_at"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def get_conn():
    return psycopg2.connect(dbname="shop", user="shop_ro")


@app.get("/products")
def products(sort: str = "name", direction: str = "asc", limit: int = 50):
    column = SORTABLE.get(sort)
    order = DIRECTIONS.get(direction.lower())
    if column is None or order is None:
        raise HTTPException(status_code=400, detail="bad sort")
    base = "SELECT id, name, price FROM products"
    query = base + " ORDER BY " + column + " " + order + " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (min(limit, 200),))
        return [{"id": r[0], "name": r[1], "price": float(r[2])} for r in cur.fetchall()]
