import os


def open_log(path: str):
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o640)
    return os.fdopen(fd, "a")
