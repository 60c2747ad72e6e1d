from pathlib import Path

CACHE = Path("/var/cache/kiosk")


def evict(key: str) -> None:
    (CACHE / key).unlink(missing_ok=True)
