from pathlib import Path

CACHE = Path("/var/cache/app").resolve()

def evict(key: str) -> None:
    target = (CACHE / key).resolve()
    if not target.is_relative_to(CACHE):
        raise ValueError("bad key")
    target.unlink(missing_ok=True)
