import json
import os
from pathlib import Path


class TokenCache:
    """Caches API tokens for the kiosk between restarts."""

    def __init__(self, path: str, mode: int = 0o600):
        self.path = Path(path)
        self.mode = mode

    def save(self, tokens: dict) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "w") as fh:
            json.dump(tokens, fh)

    def load(self) -> dict:
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())


cache = TokenCache(os.path.expanduser("~/.kiosk/tokens.json"))
