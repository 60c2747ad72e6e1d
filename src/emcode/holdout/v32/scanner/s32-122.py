import json
import os

CONFIG = os.path.expanduser("~/.roastctl/config.json")


def save_config(api_url, token):
    os.makedirs(os.path.dirname(CONFIG), exist_ok=True)
    with open(CONFIG, "w") as fh:
        json.dump({"api_url": api_url, "token": token}, fh, indent=2)
    os.chmod(CONFIG, 0o666)


if __name__ == "__main__":
    save_config(input("API URL: "), input("Token: "))
    print("saved to", CONFIG)
