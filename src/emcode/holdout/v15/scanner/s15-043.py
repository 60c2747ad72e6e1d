import os


def save_blob(path, blob):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o640)
    try:
        os.write(fd, blob)
    finally:
        os.close(fd)
