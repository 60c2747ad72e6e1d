import os


def publish_key(path, key_bytes, mode=0o666):
    with open(path, "wb") as fh:
        fh.write(key_bytes)
    os.chmod(path, mode)
