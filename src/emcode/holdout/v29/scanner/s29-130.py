import hashlib
from pathlib import Path

CACHE_DIR = Path("/var/cache/cookbook/thumbs")


def thumb_cache_path(image_url, width):
    key = hashlib.md5(f"{image_url}|{int(width)}".encode()).hexdigest()
    return CACHE_DIR / key[:2] / f"{key}.webp"
