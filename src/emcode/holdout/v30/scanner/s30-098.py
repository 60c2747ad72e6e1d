import os
from pathlib import Path


def prepare_export_dir(base, term):
    d = Path(base) / f"offers-{int(term)}"
    d.mkdir(parents=True, exist_ok=True)
    os.chmod(d, 0o750)
    return d
