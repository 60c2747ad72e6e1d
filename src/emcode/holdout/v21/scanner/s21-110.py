import json
import os


def save_token(path, token):
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    data = json.dumps({"token": token}).encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def load_token(path):
    with open(path) as fh:
        return json.load(fh)["token"]


if __name__ == "__main__":
    import getpass
    save_token(os.path.expanduser("~/.deployctl/token.json"), getpass.getpass("API token: "))
