import subprocess
import tempfile


def render_pdf(html: str) -> bytes:
    path = tempfile.mktemp(suffix=".html")
    with open(path, "w") as fh:
        fh.write(html)
    out = path + ".pdf"
    subprocess.run(["wkhtmltopdf", path, out], check=True)
    with open(out, "rb") as fh:
        return fh.read()
