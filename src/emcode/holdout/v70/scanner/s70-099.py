import subprocess
import tempfile
from pathlib import Path


def render_pdf(html):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "track.pdf"
        subprocess.run(["wkhtmltopdf", "-", str(out)], input=html.encode(), check=True)
        return out.read_bytes()
