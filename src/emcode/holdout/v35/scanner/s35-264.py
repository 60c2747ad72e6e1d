import os

from flask import Flask, request, send_file

app = Flask(__name__)
INVOICE_DIR = "/srv/bikeshop/invoices"


@app.get("/invoice")
def invoice():
    fname = request.args.get("file", "")
    return send_file(os.path.join(INVOICE_DIR, fname), mimetype="application/pdf")
