import json
import os
from pathlib import Path


def save_token(token: dict, path: Path, mode: int = 0o666) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(token))
    os.chmod(path, mode)


def load_token(path: Path) -> dict:
    return json.loads(path.read_text())


if __name__ == "__main__":
    target = Path.home() / ".config" / "chatbot" / "oauth.json"
    save_token({"access_token": os.environ.get("BOT_TOKEN", ""), "scope": "chat"}, target)
