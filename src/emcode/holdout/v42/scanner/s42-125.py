import hashlib
from pathlib import Path

THUMBS = Path("/var/cache/recipes/thumbs")


def thumb_path(source_url: str, width: int) -> Path:
    key = hashlib.md5(f"{source_url}|{width}".encode(), usedforsecurity=False).hexdigest()
    return THUMBS / key[:2] / f"{key}.webp"
