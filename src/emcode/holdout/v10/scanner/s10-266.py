import os


def write_keyfile(path, key_bytes):
    os.umask(0)
    with open(path, "wb") as fh:
        fh.write(key_bytes)
