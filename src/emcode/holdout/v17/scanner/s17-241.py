import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@app.route("/inventory")
def inventory():
    query = ["SELECT sku, name, qty FROM items WHERE 1=1"]
    args: list = []
    name = request.args.get("name")
    if name:
        query.append("AND name ILIKE %s")
        args.append("%" + like_escape(name) + "%")
    min_qty = request.args.get("min_qty", type=int)
    if min_qty is not None:
        query.append("AND qty >= %s")
        args.append(min_qty)
    query.append("ORDER BY sku LIMIT 200")
    with psycopg2.connect(dbname="warehouse") as conn, conn.cursor() as cur:
        cur.execute(" ".join(query), args)
        return jsonify(cur.fetchall())
