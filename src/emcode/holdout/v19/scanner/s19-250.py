import os

def write_secret(path, data: bytes):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    os.write(fd, data)
    os.close(fd)
