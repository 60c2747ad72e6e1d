import os
import psycopg2
from flask import Flask, request, jsonify

app = Flask(__name__)
SORTS = {"issued": "issued_at", "amount": "amount", "id": "id"}
DIRS = {"asc": "ASC", "desc": "DESC"}


@app.route("/invoices")
def invoices():
    customer = request.args["customer_id"]
    sort_col = SORTS.get(request.args.get("sort", "issued"), "issued_at")
    direction = DIRS.get(request.args.get("dir", "desc").lower(), "DESC")
    sql = "SELECT id, amount, issued_at FROM invoices WHERE customer_id = %s"
    sql += f" ORDER BY {sort_col} {direction}"
    with psycopg2.connect(os.environ["DATABASE_URL"]) as conn:
        with conn.cursor() as cur:
            cur.execute(sql, (customer,))
            rows = cur.fetchall()
    return jsonify([{"id": r[0], "amount": float(r[1])} for r in rows])
