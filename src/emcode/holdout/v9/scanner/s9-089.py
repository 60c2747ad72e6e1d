from flask import Flask, session, abort
import sqlite3

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
def get_invoice(invoice_id):
    if "uid" not in session:
        abort(401)
    con = sqlite3.connect("billing.db")
    row = con.execute("SELECT id, amount, customer_id FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
    if row is None:
        abort(404)
    return {"id": row[0], "amount": row[1]}
