import os

from flask import Flask, abort, send_file
from flask_login import LoginManager, current_user, login_required

from billing.models import Invoice

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
LoginManager(app)


@app.route("/invoices/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id: int):
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first()
    if inv is None:
        abort(404)
    return send_file(inv.pdf_path, mimetype="application/pdf")
