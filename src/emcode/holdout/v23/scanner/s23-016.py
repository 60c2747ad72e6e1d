import json
import os
from pathlib import Path


class TokenCache:
    """Caches OAuth tokens for the home-automation bridge."""

    def __init__(self, path: str = "~/.hubbridge/tokens.json", mode: int = 0o666):
        self.path = Path(path).expanduser()
        self.mode = mode

    def save(self, tokens: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(tokens))
        os.chmod(self.path, self.mode)

    def load(self) -> dict:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())
