from pathlib import Path

CACHE = Path("/var/cache/thumbs")


def cached_thumbnail(name: str) -> bytes | None:
    """The cached thumbnail called name, or None."""
    safe = Path(name).name
    if safe in ("", ".", ".."):
        return None
    path = CACHE / safe
    return path.read_bytes() if path.is_file() else None
