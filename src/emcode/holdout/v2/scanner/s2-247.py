import os
import subprocess


def page_count(pdf_path: str) -> int:
    """Number of pages of the PDF at pdf_path."""
    out = subprocess.run(["pdfinfo", os.path.abspath(pdf_path)], capture_output=True, text=True, timeout=30, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split(":", 1)[1])
    raise ValueError("no page count in pdfinfo output")
