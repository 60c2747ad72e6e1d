import hashlib
from pathlib import Path

CACHE = Path("/var/cache/kiosk")


def evict(key: str) -> None:
    name = hashlib.sha256(key.encode()).hexdigest()
    (CACHE / name).unlink(missing_ok=True)
