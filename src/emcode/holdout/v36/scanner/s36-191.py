import hashlib
import json
from pathlib import Path

CACHE = Path("route_cache")


def cache_key(ports):
    blob = json.dumps(sorted(ports)).encode()
    return hashlib.md5(blob, usedforsecurity=False).hexdigest()


def cached_route(ports, compute):
    CACHE.mkdir(exist_ok=True)
    path = CACHE / (cache_key(ports) + ".json")
    if path.exists():
        return json.loads(path.read_text())
    route = compute(ports)
    path.write_text(json.dumps(route))
    return route


if __name__ == "__main__":
    print(cached_route(["NLRTM", "DEHAM", "GBFXT"], lambda p: {"legs": list(zip(p, p[1:]))}))
