import os


def create_log(path):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o777)
    return os.fdopen(fd, "a")
