import os
import shutil
import subprocess
import tempfile


def docx_to_pdf(data: bytes) -> bytes:
    with tempfile.TemporaryDirectory(prefix="conv-") as workdir:
        fd, src = tempfile.mkstemp(suffix=".docx", dir=workdir)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", workdir, src],
                       check=True, timeout=120)
        pdf = src[:-5] + ".pdf"
        with open(pdf, "rb") as fh:
            return fh.read()
