import os


def cache_dir(root, resort):
    path = os.path.join(root, "cache", resort)
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
