import os


def write_receipt(path, text):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o640)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)
