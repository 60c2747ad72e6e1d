import psycopg2
from flask import Flask, request

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="inventory", user="app")


@app.get("/items")
def list_items():
    sql = "SELECT id, name, qty FROM items WHERE 1=1"
    category = request.args.get("category")
    min_qty = request.args.get("min_qty")
    if category:
        sql = sql + " AND category = '" + category + "'"
    if min_qty:
        sql = sql + " AND qty >= " + min_qty
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(sql)
        return {"items": cur.fetchall()}
