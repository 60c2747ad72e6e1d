import os


def open_log(path):
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o777)
    return os.fdopen(fd, "a")
