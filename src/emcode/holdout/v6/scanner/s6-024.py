import os


def save_token(token: str, path: str = os.path.expanduser("~/.mytool/token"), mode: int = 0o666) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as f:
        f.write(token)
