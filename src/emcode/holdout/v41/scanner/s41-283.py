from pathlib import Path

BASE = Path("/srv/reports")


def report_text(name):
    fname = Path(name).name
    if not fname.endswith(".txt") or fname.startswith("."):
        raise ValueError("bad report name")
    return (BASE / fname).read_text()
