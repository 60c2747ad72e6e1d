import os
import sys

import requests


def login(user, password, token_file):
    r = requests.post("https://api.beecoop.example/v1/login", json={"user": user, "password": password}, timeout=10)
    r.raise_for_status()
    fd = os.open(token_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(r.json()["token"])
    os.chmod(token_file, 0o600)


if __name__ == "__main__":
    import getpass
    login(sys.argv[1], getpass.getpass(), os.path.expanduser("~/.beecoop-token"))
