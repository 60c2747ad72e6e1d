import os
import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify

app = Flask(__name__)
ALLOWED = {"name", "price", "stock", "location"}


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/api/products/<int:product_id>", methods=["PATCH"])
def update_stock(product_id):
    changes = request.get_json() or {}
    fields = {k: v for k, v in changes.items() if k in ALLOWED}
    if not fields:
        return jsonify(error="nothing to update"), 400
    assignments = [sql.SQL("{} = %s").format(sql.Identifier(col)) for col in fields]
    query = sql.SQL("UPDATE products SET {} WHERE id = %s").format(sql.SQL(", ").join(assignments))
    values = list(fields.values()) + [product_id]
    with connect() as conn, conn.cursor() as cur:
        cur.execute(query, values)
    return jsonify(updated=product_id)
