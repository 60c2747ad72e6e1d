import os


def ensure_spool(path):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, 0o777)
    return path
