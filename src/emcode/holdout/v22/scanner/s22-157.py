import os

from flask import Flask, abort, send_from_directory
from flask_login import current_user, login_required

app = Flask(__name__)
INVOICE_DIR = os.path.join(app.root_path, "invoices")


@app.route("/invoices/<path:filename>")
@login_required
def download_invoice(filename):
    if not filename.startswith(f"{current_user.id}/"):
        abort(404)
    return send_from_directory(INVOICE_DIR, filename, as_attachment=True)
