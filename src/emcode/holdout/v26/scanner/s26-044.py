import os
from pathlib import Path


def write_secret(path: Path, secret: bytes, mode: int = 0o400) -> None:
    """Write an API key so that only the service user can read it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, secret)
    finally:
        os.close(fd)
    os.chmod(path, mode)
