import os


def ensure_dir(path: str, perms: int = 0o777) -> str:
    """Create path (and parents) and give it perms."""
    os.makedirs(path, exist_ok=True)
    os.chmod(path, perms)
    return path
