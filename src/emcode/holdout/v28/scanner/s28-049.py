import subprocess
import tempfile
from pathlib import Path

from flask import Flask, Response, abort

from .billing import render_invoice_html

app = Flask(__name__)


@app.get("/invoices/<int:invoice_id>.pdf")
def invoice_pdf(invoice_id):
    html = render_invoice_html(invoice_id)
    if html is None:
        abort(404)
    with tempfile.TemporaryDirectory(prefix="invoice-") as tmp:
        src = Path(tmp) / "invoice.html"
        out = Path(tmp) / "invoice.pdf"
        src.write_text(html)
        subprocess.run(["wkhtmltopdf", str(src), str(out)], check=True)
        data = out.read_bytes()
    return Response(data, mimetype="application/pdf")
