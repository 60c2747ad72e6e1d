import subprocess
import tempfile


def render_invoice_pdf(html):
    out = tempfile.mktemp(suffix=".pdf")
    src = tempfile.mktemp(suffix=".html")
    with open(src, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", src, out], check=True)
    with open(out, "rb") as fh:
        return fh.read()
