import json
import os


def write_credentials(path, creds, mode=0o600):
    data = json.dumps(creds).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
