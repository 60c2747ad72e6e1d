import os


def write_export(path, data, perms=0o666):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perms)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
