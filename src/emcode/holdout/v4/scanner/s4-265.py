import json
import os
import stat


def write_credentials(creds, path="credentials.json", mode=0o600):
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ValueError("credentials must be private to the owner")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as f:
        json.dump(creds, f, indent=2)
