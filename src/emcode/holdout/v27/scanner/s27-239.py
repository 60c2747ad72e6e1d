import os


def ensure_key_dir(path, mode=0o777):
    os.makedirs(path, mode=mode, exist_ok=True)
    return path
