import json
import os
from pathlib import Path

CONFIG = Path.home() / ".config" / "baghub" / "credentials.json"


def save_token(token: str) -> None:
    CONFIG.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(CONFIG, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump({"token": token}, fh)


if __name__ == "__main__":
    save_token(input("Paste your BagHub API token: ").strip())
    print("saved to", CONFIG)
