import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.get("/items")
def list_items():
    sql = "SELECT id, name, qty FROM items WHERE 1=1"
    params = []
    category = request.args.get("category")
    min_qty = request.args.get("min_qty", type=int)
    if category:
        sql += " AND category = %s"
        params.append(category)
    if min_qty is not None:
        sql += " AND qty >= %s"
        params.append(min_qty)
    with psycopg2.connect(dbname="inventory") as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return {"items": cur.fetchall()}
