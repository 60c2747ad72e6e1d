import os


def ensure_keystore(path: str = "/var/lib/hub/keys", mode: int = 0o700) -> str:
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
