import os


def write_credentials(path: str, user: str, password: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, f"{user}:{password}\n".encode())
    finally:
        os.close(fd)
