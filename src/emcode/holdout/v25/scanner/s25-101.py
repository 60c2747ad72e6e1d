import os
import sqlite3
from flask import Flask, send_file, abort, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.get("/invoices/<int:invoice_id>/pdf")
def invoice_pdf(invoice_id):
    customer = session.get("customer_id")
    if customer is None:
        abort(401)
    with sqlite3.connect("billing.db") as conn:
        row = conn.execute(
            "SELECT stored_path FROM invoices WHERE id = ? AND customer_id = ?", (invoice_id, customer)
        ).fetchone()
    if row is None:
        abort(404)
    return send_file(row[0], mimetype="application/pdf")
