import os


def ensure_cache(dirpath, mode=0o777):
    os.makedirs(dirpath, mode=mode, exist_ok=True)
    return dirpath
