from pathlib import Path


def ensure_cache(root):
    cache = Path(root) / ".pod-cache"
    cache.mkdir(mode=0o777, parents=True, exist_ok=True)
    return cache
