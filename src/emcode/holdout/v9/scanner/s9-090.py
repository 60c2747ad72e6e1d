from flask import Flask, session, abort
import sqlite3

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
def get_invoice(invoice_id):
    uid = session.get("uid")
    if uid is None:
        abort(401)
    con = sqlite3.connect("billing.db")
    row = con.execute("SELECT id, amount FROM invoices WHERE id = ? AND customer_id = ?",
                      (invoice_id, uid)).fetchone()
    if row is None:
        abort(404)
    return {"id": row[0], "amount": row[1]}
