import shlex
import subprocess
from pathlib import Path

BASE_CMD = shlex.split("lp -d office-color -o media=A4 -o sides=two-sided-long-edge")
SPOOL = Path("/srv/print-spool").resolve()


def print_document(name: str) -> None:
    doc = (SPOOL / name).resolve()
    if doc.parent != SPOOL or not doc.is_file():
        raise FileNotFoundError(f"{name!r} is not in the print spool")
    subprocess.run(BASE_CMD + ["--", str(doc)], check=True)
