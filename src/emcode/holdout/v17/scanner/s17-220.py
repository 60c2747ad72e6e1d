from flask import Flask, abort, send_file, session
from flask_login import LoginManager, login_required
import os

from billing.models import Invoice

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
LoginManager(app)


@app.route("/invoices/<int:invoice_id>.pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.get(invoice_id)
    if inv is None:
        abort(404)
    return send_file(inv.pdf_path, mimetype="application/pdf")
