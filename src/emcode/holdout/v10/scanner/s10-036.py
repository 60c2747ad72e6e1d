import os


def write_keyfile(path: str, key_bytes: bytes) -> None:
    old = os.umask(0o077)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key_bytes)
    finally:
        os.umask(old)
