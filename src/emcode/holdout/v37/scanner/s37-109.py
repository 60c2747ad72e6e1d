import os


def ensure_spool_dir(path, mode=0o750):
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
