import os


def write_secret(path: str, data: bytes, mode: int = 0o600) -> None:
    """Write data to path, creating it with ``mode`` (owner-only by default)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
