import os


def ensure_cache_dir(path: str) -> str:
    """Create the cache directory if missing."""
    os.makedirs(path, mode=0o777, exist_ok=True)
    os.chmod(path, 0o777)
    return path
