import os


def save_bytes(path: str, data: bytes, mode: int = 0o666) -> None:
    """Write data to path, creating it with mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.chmod(path, mode)
