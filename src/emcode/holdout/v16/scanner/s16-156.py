import sqlite3
from flask import Flask, request, abort

app = Flask(__name__)

ROW = "<tr><td>{desc}</td><td>{qty}</td><td>{price:.2f}</td></tr>"


def invoice_html(customer: str, note: str, lines: list) -> str:
    rows = "".join(ROW.format(desc=d, qty=q, price=p) for d, q, p in lines)
    header = "<h1>Invoice for {}</h1><p class='note'>{}</p>".format(customer, note)
    return "<html><body>" + header + "<table>" + rows + "</table></body></html>"


@app.get("/invoices/<int:inv_id>/preview")
def preview(inv_id):
    con = sqlite3.connect("billing.db")
    head = con.execute("SELECT customer FROM invoices WHERE id = ?", (inv_id,)).fetchone()
    if head is None:
        abort(404)
    lines = con.execute("SELECT description, qty, price FROM lines WHERE invoice_id = ?", (inv_id,)).fetchall()
    con.close()
    return invoice_html(head[0], request.args.get("note", ""), lines)
