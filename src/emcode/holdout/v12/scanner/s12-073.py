import json
import os
from pathlib import Path

TOKEN_FILE = Path.home() / ".config" / "ghsync" / "token.json"


def save_token(token: dict) -> None:
    old = os.umask(0o077)
    try:
        TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True)
        TOKEN_FILE.touch(mode=0o600, exist_ok=True)
        os.chmod(TOKEN_FILE, 0o600)
        TOKEN_FILE.write_text(json.dumps(token))
    finally:
        os.umask(old)


def load_token() -> dict:
    return json.loads(TOKEN_FILE.read_text()) if TOKEN_FILE.exists() else {}
