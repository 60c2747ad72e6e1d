import os


def save_private_key(path: str, pem_bytes: bytes, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, mode & 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem_bytes)
