from pathlib import Path

CACHE = Path("/var/cache/app")

def evict(key: str) -> None:
    (CACHE / key).unlink(missing_ok=True)
