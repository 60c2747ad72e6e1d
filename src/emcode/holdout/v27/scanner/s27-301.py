import os


def write_report(path: str, text: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)
