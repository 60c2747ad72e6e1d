import hashlib
import os

CACHE_ROOT = "/var/cache/orchard-tiles"


def tile_cache_path(zone, zoom, x, y):
    key = hashlib.md5(f"{zone}:{zoom}:{x}:{y}".encode()).hexdigest()
    return os.path.join(CACHE_ROOT, key[:2], key + ".png")
