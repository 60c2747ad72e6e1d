import os


def write_enrolment_export(path, csv_bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "wb") as fh:
        fh.write(csv_bytes)
    return path
