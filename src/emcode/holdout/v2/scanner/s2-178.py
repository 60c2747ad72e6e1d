import os


def save_bytes(path: str, data: bytes, mode: int = 0o600) -> None:
    """Write data to path, creating it with mode (owner read/write by default)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
