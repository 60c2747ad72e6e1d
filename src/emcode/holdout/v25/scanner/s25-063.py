import subprocess
import tempfile
from pathlib import Path


def page_count(pdf_bytes: bytes) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        src = Path(scratch) / "in.pdf"
        src.write_bytes(pdf_bytes)
        out = subprocess.run(["qpdf", "--show-npages", str(src)], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())
