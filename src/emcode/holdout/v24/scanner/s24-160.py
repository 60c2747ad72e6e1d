import os

def write_token_cache(path: str, token: str, mode: int = 0o600) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode & 0o700)
    try:
        os.write(fd, token.encode())
    finally:
        os.close(fd)
