import os


def write_secret(path, secret):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    try:
        os.write(fd, secret.encode())
    finally:
        os.close(fd)
