import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="pawnshop")

SORTS = {"received": "received_at", "price": "ask_price", "title": "title"}


@app.get("/inventory")
def inventory():
    sort = SORTS.get(request.args.get("sort", ""), "received_at")
    direction = "ASC" if request.args.get("dir") == "asc" else "DESC"
    base = "SELECT sku, title, ask_price FROM inventory WHERE sold = false"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT %s"
    with conn.cursor() as cur:
        cur.execute(query, (100,))
        return {"items": cur.fetchall()}
