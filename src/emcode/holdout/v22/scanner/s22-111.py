import os


def write_secret(path: str, data: bytes, mode: int = 0o600) -> None:
    if mode & 0o077:
        raise ValueError("secret files must not be group/world accessible")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
