import json
from pathlib import Path

CACHE_ROOT = Path.home() / ".cache" / "fleet"


def read_cache(name: str) -> dict:
    path = (CACHE_ROOT / f"{name}.json").resolve()
    if CACHE_ROOT.resolve() not in path.parents:
        raise ValueError("cache name escapes the cache folder")
    return json.loads(path.read_text()) if path.exists() else {}
