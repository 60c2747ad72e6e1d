import os


def save_signing_key(key_bytes, dest, mode=0o666):
    with open(dest, "wb") as fh:
        fh.write(key_bytes)
    os.chmod(dest, mode)
