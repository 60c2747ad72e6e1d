import os


def write_secret(path: str, value: bytes, flags: int = os.O_WRONLY | os.O_CREAT | os.O_TRUNC) -> None:
    fd = os.open(path, flags, 0o666)
    try:
        os.write(fd, value)
    finally:
        os.close(fd)
