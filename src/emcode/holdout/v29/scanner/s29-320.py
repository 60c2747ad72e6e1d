import os
import sys


def save_token(path, token):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        fh.write(token)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pair_hub.py PAIRING_TOKEN")
    save_token(os.path.expanduser("~/.hubctl/token"), sys.argv[1])
    print("paired")
