import subprocess
import tempfile
from pathlib import Path


def render_invoice_pdf(html):
    with tempfile.TemporaryDirectory(prefix="invoice-") as tmp:
        src = Path(tmp) / "invoice.html"
        out = Path(tmp) / "invoice.pdf"
        src.write_text(html)
        subprocess.run(["wkhtmltopdf", str(src), str(out)], check=True)
        return out.read_bytes()
