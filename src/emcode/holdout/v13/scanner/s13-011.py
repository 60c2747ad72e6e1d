import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="shop")

@app.route("/products")
def products():
    sort = request.args.get("sort", "name")
    parts = ["SELECT id, name, price", "FROM products", "ORDER BY " + sort]
    query = " ".join(parts)
    with conn.cursor() as cur:
        cur.execute(query)
        return {"items": cur.fetchall()}
