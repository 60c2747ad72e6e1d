import os


def store_key(path, key_bytes):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    try:
        os.write(fd, key_bytes)
    finally:
        os.close(