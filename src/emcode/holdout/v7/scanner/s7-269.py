import os
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/products")
def products():
    clauses, values = [], []
    category = request.args.get("category")
    max_price = request.args.get("max_price", type=float)
    if category:
        clauses.append("category = %s")
        values.append(category)
    if max_price is not None:
        clauses.append("price <= %s")
        values.append(max_price)
    query = "SELECT sku, name, price FROM products"
    if clauses:
        query += " WHERE " + " AND ".join(clauses)
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.execute(query, values)
            data = cur.fetchall()
    return jsonify(data)
