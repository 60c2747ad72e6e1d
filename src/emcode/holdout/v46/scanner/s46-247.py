import psycopg2
from flask import Flask, request

app = Flask(__name__)
conn = psycopg2.connect(dbname="pawnshop")


@app.get("/inventory")
def inventory():
    sort = request.args.get("sort", "received_at")
    direction = request.args.get("dir", "desc")
    base = "SELECT sku, title, ask_price FROM inventory WHERE sold = false"
    order = " ORDER BY " + sort + " " + direction
    query = base + order + " LIMIT 100"
    with conn.cursor() as cur:
        cur.execute(query)
        return {"items": cur.fetchall()}
