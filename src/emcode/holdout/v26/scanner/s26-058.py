import shutil
import subprocess
import tempfile


def print_label(pdf_bytes: bytes, printer: str) -> None:
    lp = shutil.which("lp")
    if lp is None:
        raise RuntimeError("lp is not installed")
    if not printer.isalnum():
        raise ValueError("printer names are alphanumeric")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        tmp.write(pdf_bytes)
        tmp.flush()
        subprocess.run([lp, "-d", printer, tmp.name], check=True, timeout=30)
