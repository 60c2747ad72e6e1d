import json
import os
from pathlib import Path


def save_token(token: dict, path: Path, mode: int = 0o600) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w") as fh:
        json.dump(token, fh)


if __name__ == "__main__":
    target = Path.home() / ".config" / "chatbot" / "oauth.json"
    save_token({"access_token": os.environ.get("BOT_TOKEN", ""), "scope": "chat"}, target)
