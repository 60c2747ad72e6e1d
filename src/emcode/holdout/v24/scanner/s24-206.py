import os
import subprocess
import tempfile


def render_pdf(markdown_text: str) -> bytes:
    """Render a claim summary to PDF with pandoc inside a private temp dir."""
    with tempfile.TemporaryDirectory(prefix="claim-") as tmp:
        fd, md_path = tempfile.mkstemp(suffix=".md", dir=tmp)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(markdown_text)
        pdf_path = os.path.join(tmp, "out.pdf")
        subprocess.run(["pandoc", md_path, "-o", pdf_path], check=True, timeout=120)
        with open(pdf_path, "rb") as fh:
            return fh.read()
