import hashlib
import os
from PIL import Image

CACHE = os.path.expanduser("~/.cache/thumbs")


def thumbnail(path, size=(128, 128)):
    os.makedirs(CACHE, mode=0o700, exist_ok=True)
    key = hashlib.md5(os.path.abspath(path).encode(), usedforsecurity=False).hexdigest()
    out = os.path.join(CACHE, key + ".png")
    if not os.path.exists(out):
        with Image.open(path) as img:
            img.thumbnail(size)
            img.save(out)
    return out
