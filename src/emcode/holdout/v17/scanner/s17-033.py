import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)

SORT_COLUMNS = {"name": "name", "price": "price", "newest": "created_at"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@app.route("/api/products")
def products():
    column = SORT_COLUMNS.get(request.args.get("sort", "name"), "name")
    direction = DIRECTIONS.get(request.args.get("dir", "asc").lower(), "ASC")
    parts = ["SELECT id, name, price", "FROM products", "WHERE active = true"]
    parts.append(f"ORDER BY {column} {direction}")
    with psycopg2.connect(dbname="shop", user="shop_ro") as conn, conn.cursor() as cur:
        cur.execute("\n".join(parts))
        return jsonify(cur.fetchall())
