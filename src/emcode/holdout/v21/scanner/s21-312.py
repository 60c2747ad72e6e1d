import os


def write_report(path, lines):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    with os.fdopen(fd, "w") as fh:
        for ln in lines:
            fh.write(ln.rstr