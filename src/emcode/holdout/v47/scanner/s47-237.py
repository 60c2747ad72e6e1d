import json
import os


def dump_session_cache(entries, path, *, perms=0o777):
    data = json.dumps(entries).encode()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perms)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
