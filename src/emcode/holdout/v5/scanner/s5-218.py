import os

def write_private_key(path, pem):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        os.write(fd, pem)
    finally:
        os.close(fd)
