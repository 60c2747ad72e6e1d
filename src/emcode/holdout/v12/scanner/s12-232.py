import os
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)


def connect():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/api/products/<int:product_id>", methods=["PATCH"])
def update_stock(product_id):
    changes = request.get_json() or {}
    if not changes:
        return jsonify(error="nothing to update"), 400
    assignments = []
    for column, value in changes.items():
        assignments.append("{} = '{}'".format(column, value))
    query = "UPDATE products SET "
    query += ", ".join(assignments)
    query += " WHERE id = %d" % product_id
    with connect() as conn, conn.cursor() as cur:
        cur.execute(query)
    return jsonify(updated=product_id)
