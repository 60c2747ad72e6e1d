from fastapi import FastAPI
import psycopg2

app = FastAPI()


def get_conn():
    return psycopg2.connect(dbname="shop", user="shop_ro")


@app.get("/products")
def products(sort: str = "name", direction: str = "asc", limit: int = 50):
    base = "SELECT id, name, price FROM products"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT %s"
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (limit,))
        return [{"id": r[0], "name": r[1], "price": float(r[2])} for r in cur.fetchall()]
