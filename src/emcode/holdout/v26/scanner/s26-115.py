import os
import tempfile
import subprocess


def render_pdf(html: str) -> bytes:
    fd, html_path = tempfile.mkstemp(suffix=".html")
    pdf_path = html_path[:-5] + ".pdf"
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        subprocess.run(["wkhtmltopdf", "--quiet", html_path, pdf_path], check=True, timeout=60)
        with open(pdf_path, "rb") as fh:
            return fh.read()
    finally:
        for p in (html_path, pdf_path):
            if os.path.exists(p):
                os.remove(p)
