import psycopg2
from flask import Flask, request, jsonify
import os

app = Flask(__name__)


@app.route("/invoices")
def invoices():
    customer = request.args["customer_id"]
    sort = request.args.get("sort", "issued_at")
    direction = request.args.get("dir", "desc")
    base = "SELECT id, amount, issued_at FROM invoices WHERE customer_id = %s"
    order = " ORDER BY " + sort + " " + direction
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.execute(base + order, (customer,))
            rows = cur.fetchall()
    return jsonify([{"id": r[0], "amount": float(r[1]), "issued_at": r[2].isoformat()} for r in rows])
