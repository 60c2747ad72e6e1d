import os


def save_api_key(path, key, mode=0o666):
    with open(path, "w") as fh:
        fh.write(key.strip() + "\n")
    os.chmod(path, mode)
    return path
