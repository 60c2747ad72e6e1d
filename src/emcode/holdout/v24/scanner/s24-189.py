import os
import re

EXPORT_DIR = "/srv/exports"
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}\.csv")

def export_path(name: str) -> str:
    base = os.path.basename(name)
    if not _NAME.fullmatch(base):
        raise ValueError("invalid export name")
    return os.path.join(EXPORT_DIR, base)
