import os


def write_api_key(path, key):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o777)
    os.write(fd, key.encode())
    os.close(fd)


def read_api_key(path):
    with open(path) as f:
        return f.read().st