import os
import subprocess
import tempfile


def render_pdf(html_text: str) -> bytes:
    with tempfile.TemporaryDirectory() as work:
        html_path = os.path.join(work, "page.html")
        pdf_path = os.path.join(work, "page.pdf")
        with open(html_path, "w", encoding="utf-8") as fh:
            fh.write(html_text)
        subprocess.run(["wkhtmltopdf", "--disable-local-file-access", html_path, pdf_path], check=True)
        with open(pdf_path, "rb") as fh:
            return fh.read()
