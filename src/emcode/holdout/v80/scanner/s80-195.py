import os


def ensure_cache(root):
    path = os.path.join(root, "tuning-cache")
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
