import json
import os


def save_credentials(path, user, token):
    data = json.dumps({"user": user, "token": token}).encode()
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def load_credentials(path):
    with open(path) as fh:
        return json.load(fh)
