import getpass
import json
import os

CONFIG = os.path.expanduser("~/.roastctl/config.json")


def save_config(api_url, token):
    os.makedirs(os.path.dirname(CONFIG), mode=0o700, exist_ok=True)
    fd = os.open(CONFIG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"api_url": api_url, "token": token}, fh, indent=2)


if __name__ == "__main__":
    save_config(input("API URL: "), getpass.getpass("Token: "))
    print("saved to", CONFIG)
