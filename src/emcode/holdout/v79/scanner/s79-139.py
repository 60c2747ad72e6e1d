import argparse
import os
import secrets


def write_key(path):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(secrets.token_hex(32))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    write_key(ap.parse_args().path)
