import os


def ensure_cache(dirpath, mode=0o700):
    os.makedirs(dirpath, mode=mode, exist_ok=True)
    return dirpath
