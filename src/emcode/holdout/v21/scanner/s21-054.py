import os


def write_state(path, payload: bytes):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    os.write(fd, payload)
    os.close(fd)
