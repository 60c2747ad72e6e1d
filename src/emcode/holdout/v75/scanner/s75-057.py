import hashlib
from pathlib import Path

from PIL import Image

THUMBS = Path("/var/cache/archive-thumbs")


def thumbnail_for(scan_path: Path, size=(256, 256)) -> Path:
    key = hashlib.md5(f"{scan_path}:{size}".encode()).hexdigest()
    out = THUMBS / f"{key}.jpg"
    if not out.exists():
        THUMBS.mkdir(parents=True, exist_ok=True)
        with Image.open(scan_path) as im:
            im.thumbnail(size)
            im.convert("RGB").save(out, "JPEG", quality=85)
    return out
