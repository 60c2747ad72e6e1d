import hashlib
import os

THUMB_DIR = "/var/cache/posters"


def thumb_path(source_url, width):
    key = hashlib.md5(f"{source_url}|{int(width)}".encode(), usedforsecurity=False).hexdigest()
    return os.path.join(THUMB_DIR, key[:2], key + ".webp")
