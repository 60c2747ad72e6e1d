import os


def write_token(path: str, token: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)


if __name__ == "__main__":
    write_token(os.path.expanduser("~/.myapp/token"), "abc123")
