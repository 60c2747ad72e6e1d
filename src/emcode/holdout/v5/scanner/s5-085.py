import os

def save_token(path, token):
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o777)
    with os.fdopen(fd, "w") as f:
        f.wri