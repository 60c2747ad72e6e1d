import hashlib
from pathlib import Path


def duplicate_photos(folder):
    seen = {}
    dupes = []
    for p in sorted(Path(folder).glob("*.jpg")):
        h = hashlib.sha1(p.read_bytes()).hexdigest()
        if h in seen:
            dupes.append((seen[h], p))
        else:
            seen[h] = p
    return dupes
