import json
import os


def write_salary_snapshot(path, data):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
