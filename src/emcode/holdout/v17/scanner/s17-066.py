import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(dbname="shop", user="shop_ro")


@app.route("/api/products")
def products():
    sort = request.args.get("sort", "name")
    direction = request.args.get("dir", "asc")
    parts = ["SELECT id, name, price", "FROM products", "WHERE active = true"]
    parts.append("ORDER BY " + sort + " " + direction)
    query = "\n".join(parts)
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query)
        return jsonify(cur.fetchall())
