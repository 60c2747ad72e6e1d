import subprocess
import tempfile
from pathlib import Path


def render_pdf(html):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        out = Path(tmp) / "out.pdf"
        src.write_text(html)
        subprocess.run(["wkhtmltopdf", str(src), str(out)], check=True)
        return out.read_bytes()
