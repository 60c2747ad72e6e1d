import json
import os
import sys


def save_token(path, token):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)


if __name__ == "__main__":
    save_token(os.path.expanduser("~/.dispatch_token"), sys.argv[1])
    print("saved to ~/.dispatch_tok