import os


def ensure_spool_dir(path, mode=0o750):
    os.makedirs(path, mode=mode, exist_ok=True)
    return path
