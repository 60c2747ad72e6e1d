import os


def ensure_spool_dir(path, mode=0o777):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, mode)
    return path
