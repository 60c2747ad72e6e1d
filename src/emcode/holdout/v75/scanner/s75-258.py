import subprocess
import tempfile
from pathlib import Path


def render_ticket_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="ticket-") as tmp:
        src = Path(tmp) / "ticket.html"
        out = Path(tmp) / "ticket.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "--quiet", str(src), str(out)], check=True)
        return out.read_bytes()
