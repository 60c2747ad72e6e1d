import tempfile
import subprocess


def render_pdf(html: str) -> bytes:
    src = tempfile.mktemp(suffix=".html")
    dst = tempfile.mktemp(suffix=".pdf")
    with open(src, "w") as fh:
        fh.write(html)
    subprocess.run(["wkhtmltopdf", src, dst], check=True)
    with open(dst, "rb") as fh:
        return fh.read()
