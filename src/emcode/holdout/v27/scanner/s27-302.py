import os

OUT_DIR = "/var/lib/quilts/exports"


def save_export(name: str, data: bytes) -> str:
    base = os.path.basename(name)
    if not base or base.startswith("."):
        raise ValueError("bad export name")
    path = os.path.join(OUT_DIR, base)
    with open(path, "wb") as fh:
        fh.write(data)
    return path
