import subprocess
import tempfile


def print_badge(pdf_bytes: bytes, printer: str = "badges") -> None:
    if printer not in {"badges", "frontdesk"}:
        raise ValueError("unknown printer")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf_bytes)
        fh.flush()
        subprocess.run(["lp", "-d", printer, fh.name], check=True, timeout=30)
