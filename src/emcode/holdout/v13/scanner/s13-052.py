import psycopg2
from flask import Flask, request

app = Flask(__name__)
SORTS = {"name": "name", "price": "price", "newest": "created_at DESC"}

@app.route("/products")
def products():
    order = SORTS.get(request.args.get("sort", "name"), "name")
    query = "SELECT id, name, price FROM products ORDER BY " + order
    with psycopg2.connect(dbname="shop") as conn, conn.cursor() as cur:
        cur.execute(query)
        return {"items": cur.fetchall()}
