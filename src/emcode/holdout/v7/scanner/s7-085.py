import psycopg2
from flask import Flask, request, jsonify
import os

app = Flask(__name__)


@app.route("/api/products")
def products():
    clauses = []
    if request.args.get("category"):
        clauses.append("category = '{}'".format(request.args["category"]))
    if request.args.get("max_price"):
        clauses.append("price <= {}".format(request.args["max_price"]))
    query = "SELECT sku, name, price FROM products"
    if clauses:
        query = query + " WHERE " + " AND ".join(clauses)
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        cur = conn.cursor()
        cur.execute(query)
        data = cur.fetchall()
    finally:
        conn.close()
    return jsonify(data)
