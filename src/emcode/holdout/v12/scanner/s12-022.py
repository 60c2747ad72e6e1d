import re
import subprocess
from pathlib import Path

SPOOL = Path("/var/spool/botprint")
SAFE = re.compile(r"[^A-Za-z0-9_.-]")


def print_document(user: str, filename: str, copies: str = "1") -> str:
    doc = SPOOL / Path(filename).name
    if not doc.is_file():
        return "file not found"
    n = max(1, min(int(copies) if copies.isdigit() else 1, 5))
    title = SAFE.sub("_", f"{user}-{doc.stem}")[:60]
    proc = subprocess.run(["lp", "-n", str(n), "-t", title, str(doc)], capture_output=True, text=True, timeout=30)
    return proc.stdout.strip() or proc.stderr.strip()
