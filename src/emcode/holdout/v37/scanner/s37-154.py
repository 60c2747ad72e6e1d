import os

DEFAULT_MODE = 0o640


def append_scan(path, line, mode=DEFAULT_MODE):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, mode)
    try:
        os.write(fd, (line.rstrip("\n") + "\n").encode())
    finally:
        os.close(fd)
