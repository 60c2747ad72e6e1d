import os


def open_log(path):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o777)
    return os.fdopen(fd, "a")
