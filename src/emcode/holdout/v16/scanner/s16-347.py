import hashlib
import json
from pathlib import Path

CACHE_DIR = Path(".render-cache")


def cache_key(params: dict) -> str:
    blob = json.dumps(params, sort_keys=True).encode()
    return hashlib.md5(blob, usedforsecurity=False).hexdigest()


def cached_render(params: dict, render) -> str:
    CACHE_DIR.mkdir(exist_ok=True)
    path = CACHE_DIR / (cache_key(params) + ".html")
    if path.exists():
        return path.read_text()
    out = render(params)
    path.write_text(out)
    return out
