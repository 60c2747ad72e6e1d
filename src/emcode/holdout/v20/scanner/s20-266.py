import os


def save_secret(path, secret):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secret)


def save_config(path, text):
    with open(path, "w") as fh:
        fh.write(te