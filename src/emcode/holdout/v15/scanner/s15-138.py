import os

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def get_conn():
    return psycopg2.connect(os.environ["DATABASE_URL"])


@app.route("/billing/invoices")
def invoices():
    q = ["SELECT id, customer_id, amount_cents, issued_on FROM invoices WHERE 1=1"]
    args = []
    if request.args.get("customer"):
        q.append("AND customer_id = %s")
        args.append(int(request.args["customer"]))
    if request.args.get("from"):
        q.append("AND issued_on >= %s")
        args.append(request.args["from"])
    if request.args.get("min"):
        q.append("AND amount_cents >= %s")
        args.append(int(request.args["min"]))
    q.append("ORDER BY issued_on DESC LIMIT 200")
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(" ".join(q), args)
        rows = cur.fetchall()
    return jsonify([{"id": r[0], "customer": r[1], "amount": r[2], "issued": str(r[3])} for r in rows])
