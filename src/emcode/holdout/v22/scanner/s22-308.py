from flask import Flask, abort, jsonify
from flask_login import current_user, login_required

from .models import Invoice

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>")
@login_required
def invoice(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, customer_id=current_user.customer_id).one_or_none()
    if inv is None:
        abort(404)
    return jsonify(id=inv.id, total=str(inv.total), status=inv.status)
