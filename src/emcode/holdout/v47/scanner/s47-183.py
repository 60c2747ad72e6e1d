import os


def write_harvest_export(path, csv_text):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        fh.write(csv_text)
    return path
