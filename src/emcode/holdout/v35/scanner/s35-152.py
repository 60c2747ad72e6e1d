from flask import Flask, request, send_from_directory

app = Flask(__name__)
INVOICE_DIR = "/srv/bikeshop/invoices"


@app.get("/invoice")
def invoice():
    fname = request.args.get("file", "")
    return send_from_directory(INVOICE_DIR, fname, mimetype="application/pdf")
