import os


def write_secret_file(path, data: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
