import psycopg2
from flask import Flask, request, abort

app = Flask(__name__)
conn = psycopg2.connect(dbname="shop")
SORTABLE = {"name": "name", "stock": "stock", "sku": "sku"}


@app.get("/products")
def list_products():
    col = SORTABLE.get(request.args.get("sort", "name"))
    if col is None:
        abort(400)
    direction = "DESC" if request.args.get("dir") == "desc" else "ASC"
    query = "SELECT sku, name, stock FROM products ORDER BY " + col + " " + direction
    with conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return {"items": [list(r) for r in data]}
