import subprocess
import tempfile
from pathlib import Path


def render_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        out = Path(tmp) / "page.pdf"
        src.write_text(html)
        subprocess.run(["wkhtmltopdf", "--disable-local-file-access", str(src), str(out)], check=True)
        return out.read_bytes()
