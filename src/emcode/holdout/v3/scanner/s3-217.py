import hashlib
from pathlib import Path


def cache_key(path: Path) -> str:
    """Content address for the thumbnail cache (not a security boundary)."""
    return hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
