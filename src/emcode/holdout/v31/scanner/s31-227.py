import hashlib
from pathlib import Path

from PIL import Image

SOURCE = Path("/srv/museum/images")
THUMBS = Path("/srv/museum/thumbs")


def thumbnail_for(object_id: int, size: int = 256) -> Path:
    src = SOURCE / f"{int(object_id)}.jpg"
    key = hashlib.md5(f"{src}:{size}".encode()).hexdigest()
    out = THUMBS / f"{key}.jpg"
    if not out.exists():
        THUMBS.mkdir(parents=True, exist_ok=True)
        with Image.open(src) as im:
            im.thumbnail((size, size))
            im.save(out, "JPEG", quality=85)
    return out


if __name__ == "__main__":
    print(thumbnail_for(1042))
