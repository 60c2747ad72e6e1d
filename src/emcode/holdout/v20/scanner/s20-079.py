import os


def write_token_cache(path, token):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    try:
        os.write(fd, token.encode())
    finally:
        os.close(fd)
