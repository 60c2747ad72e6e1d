import psycopg2
from fastapi import FastAPI

app = FastAPI()
SORT = {"new": "created_at DESC", "old": "created_at ASC", "price": "price ASC"}

@app.get("/products")
def products(q: str = "", sort: str = "new"):
    order = SORT.get(sort, SORT["new"])
    sql = "SELECT id, name, price FROM products WHERE name ILIKE %s"
    sql += " ORDER BY " + order
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        cur.execute(sql, (f"%{q}%",))
        return cur.fetchall()
