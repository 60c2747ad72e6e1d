import os


def save_api_key(path, key, mode=0o600):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        fh.write(key.strip() + "\n")
    os.chmod(path, mode)
    return path
