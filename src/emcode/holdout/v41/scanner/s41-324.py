import os


def ensure_spool(path):
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path
