import os


def open_log(path, mode=0o666):
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, mode)
    return os.fdopen(fd, "a")
