import json
import os


def write_credentials_cache(path, creds):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    os.write(fd, json.dumps(creds).encode())
    os.close(fd)
