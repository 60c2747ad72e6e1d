import os


def dump_key(path, key_bytes):
    old = os.umask(0)
    try:
        with open(path, "wb") as fh:
            fh.write(key_bytes)
    finally:
        os.umask(old)
