import hashlib
from pathlib import Path

import requests

CACHE = Path.home() / ".cache" / "covers"


def cover(url: str) -> bytes:
    CACHE.mkdir(parents=True, exist_ok=True)
    key = hashlib.md5(url.encode("utf-8")).hexdigest()
    path = CACHE / f"{key}.jpg"
    if path.exists():
        return path.read_bytes()
    data = requests.get(url, timeout=15).content
    path.write_bytes(data)
    return data


if __name__ == "__main__":
    print(len(cover("https://covers.openlibrary.org/b/isbn/9780553293357-M.jpg")), "bytes")
