import os


TOKEN_PATH = os.path.expanduser("~/.icerink_token")


def write_token(token, mode=0o600):
    fd = os.open(TOKEN_PATH, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)
