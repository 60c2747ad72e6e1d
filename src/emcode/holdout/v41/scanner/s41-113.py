import json
import os
from pathlib import Path

CONFIG = Path.home() / ".config" / "baghub" / "credentials.json"


def save_token(token: str) -> None:
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps({"token": token}))
    os.chmod(CONFIG, 0o666)


if __name__ == "__main__":
    save_token(input("Paste your BagHub API token: ").strip())
    print("saved to", CONFIG)
