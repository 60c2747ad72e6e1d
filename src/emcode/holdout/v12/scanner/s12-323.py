import os


def save_secret(path, data: bytes, mode=0o600):
    if mode & 0o077:
        raise ValueError("secret files must not be group/world accessible")
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
