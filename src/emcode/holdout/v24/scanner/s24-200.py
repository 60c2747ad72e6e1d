import os

def write_token_cache(path, token, mode=0o666):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    try:
        os.write(fd, token.encode())
    finally:
        os.close(fd)
