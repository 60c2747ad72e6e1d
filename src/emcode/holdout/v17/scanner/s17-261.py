import os


def save_blob(path: str, data: bytes, perm: int = 0o600) -> None:
    """Write bytes to path, readable only by the owner."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm & 0o700)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
