import os

def ensure_keystore(path, perms=0o700):
    os.makedirs(path, mode=perms & 0o700, exist_ok=True)
    return path
