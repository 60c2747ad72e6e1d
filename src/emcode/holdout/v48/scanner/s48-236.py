import json
import os


def write_fare_table(path, table, mode=0o666):
    data = json.dumps(table, indent=2).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
