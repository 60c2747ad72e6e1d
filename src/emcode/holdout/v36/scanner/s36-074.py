import os


def ensure_export_dir(path, mode=0o777):
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
