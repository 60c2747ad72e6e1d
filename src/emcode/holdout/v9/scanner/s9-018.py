import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="shop")


@app.get("/products")
def list_products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc")
    query = "SELECT sku, name, stock FROM products ORDER BY " + sort + " " + direction
    with conn.cursor() as cur:
        cur.execute(query)
        data = cur.fetchall()
    return {"items": [list(r) for r in data]}
