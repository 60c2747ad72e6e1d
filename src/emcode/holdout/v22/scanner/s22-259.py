from flask import Flask, jsonify
from flask_login import login_required

from .models import Invoice

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return jsonify(id=inv.id, customer=inv.customer_name, total=str(inv.total), iban=inv.iban)
