import os
import secrets
import sys


def write_key(path):
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)


if __name__ == "__main__":
    write_key(sys.argv[1])
    print("key written")
