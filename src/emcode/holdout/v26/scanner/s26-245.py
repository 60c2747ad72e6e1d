import json
import os
from pathlib import Path


class TokenCache:
    """Caches API tokens for the kiosk between restarts."""

    def __init__(self, path: str, mode: int = 0o666):
        self.path = Path(path)
        self.mode = mode

    def save(self, tokens: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(tokens))
        os.chmod(self.path, self.mode)

    def load(self) -> dict:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())


cache = TokenCache(os.path.expanduser("~/.kiosk/tokens.json"))
