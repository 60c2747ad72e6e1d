import os


def write_manifest(path, text, mode=0o777):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
