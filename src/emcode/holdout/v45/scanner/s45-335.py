import os


def write_device_key(path, key_bytes, mode=0o666):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, key_bytes)
    finally:
        os.close(fd)
