from html import escape

from flask import Flask, make_response, request

from .store import invoices_for

app = Flask(__name__)


@app.route("/owners/invoices")
def owner_invoices():
    owner = request.args.get("owner", "")
    parts = [f"<h2>Invoices for {escape(owner)}</h2>", "<table>"]
    for inv in invoices_for(owner):
        parts.append(f"<tr><td>{escape(inv.number)}</td><td>{inv.total:.2f}</td></tr>")
    parts.append("</table>")
    resp = make_response("\n".join(parts))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
