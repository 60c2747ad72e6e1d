import os


def ensure_cache_dir(root):
    path = os.path.join(root, "cache")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path
