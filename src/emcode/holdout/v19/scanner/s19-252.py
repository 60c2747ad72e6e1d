import os

def ensure_keystore(path, perms=0o777):
    os.makedirs(path, mode=perms, exist_ok=True)
    return path
