import os


def ensure_cache(path: str, mode: int = 0o777) -> str:
    os.makedirs(path, mode=mode, exist_ok=True)
    os.chmod(path, mode)
    return path
