import subprocess

from flask import Flask, send_file, abort

from .billing import render_invoice_html

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>.pdf")
def invoice_pdf(invoice_id):
    html = render_invoice_html(invoice_id)
    if html is None:
        abort(404)
    src = f"/tmp/invoice_{invoice_id}.html"
    out = f"/tmp/invoice_{invoice_id}.pdf"
    with open(src, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    return send_file(out, mimetype="application/pdf")
