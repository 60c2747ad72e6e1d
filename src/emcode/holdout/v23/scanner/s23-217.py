import os


def ensure_keystore(path="/var/lib/hub/keys", mode=0o777):
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
