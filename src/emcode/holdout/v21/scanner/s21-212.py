import os
import subprocess
import tempfile


def page_count(pdf_bytes: bytes) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        src = os.path.join(scratch, "in.pdf")
        with open(src, "wb") as fh:
            fh.write(pdf_bytes)
        out = subprocess.run(["pdfinfo", src], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0
