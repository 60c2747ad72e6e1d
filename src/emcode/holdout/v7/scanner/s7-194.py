import subprocess
import tempfile
from pathlib import Path


def render_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory() as work:
        src, dst = Path(work, "in.html"), Path(work, "out.pdf")
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", str(src), str(dst)], check=True)
        return dst.read_bytes()
