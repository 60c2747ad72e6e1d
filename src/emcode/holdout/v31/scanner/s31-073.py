import os


def create_export(path, content, mode=0o777):
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
    try:
        os.write(fd, content.encode())
    finally:
        os.close(fd)
