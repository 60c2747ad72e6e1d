import os


def install_api_key(path, key):
    with open(path, "w") as fh:
        fh.write(key)
    os.chmod(path, 0o666)
