import json
import os
from pathlib import Path

TOKEN_FILE = Path.home() / ".config" / "ghsync" / "token.json"


def write_token(path: Path, token: dict, perms: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        json.dump(token, fh)
    os.chmod(path, perms)


def save_token(token: dict) -> None:
    write_token(TOKEN_FILE, token)
