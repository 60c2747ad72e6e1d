import hashlib
import json
from pathlib import Path

CACHE_DIR = Path(".cache/bookings")


def cache_key(params):
    blob = json.dumps(params, sort_keys=True).encode()
    return hashlib.md5(blob, usedforsecurity=False).hexdigest()


def cached_render(params, render):
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / (cache_key(params) + ".html")
    if path.exists():
        return path.read_text()
    html = render(params)
    path.write_text(html)
    return html
