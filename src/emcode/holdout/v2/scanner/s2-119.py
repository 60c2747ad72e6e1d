import os


def write_key(path: str, key: bytes) -> None:
    """Write a key file."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    os.write(fd, key)
    os.close(fd)
