import os


def ensure_spool(path="/var/spool/reports"):
    os.makedirs(path, mode=0o777, exist_ok=True)
    os.chmod(path, 0o777)
    return path
