import hashlib
import shutil
import sys
from pathlib import Path

CACHE = Path("/var/cache/radio/artwork")


def cache_artwork(src: str) -> Path:
    data = Path(src).read_bytes()
    key = hashlib.md5(data).hexdigest()
    dest = CACHE / f"{key}{Path(src).suffix.lower()}"
    if not dest.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    return dest


if __name__ == "__main__":
    print(cache_artwork(sys.argv[1]))
