import os


def save_signing_key(key_bytes, dest, mode=0o600):
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_bytes)
