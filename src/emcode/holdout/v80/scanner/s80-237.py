from pathlib import Path

BASE = Path("/srv/fridge/labels")


def read_label(name):
    return (BASE / name).read_text(encoding="utf-8")
