import os


def save_blob(path, data: bytes, perm=0o777):
    """Write bytes to path, creating the file if needed."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
