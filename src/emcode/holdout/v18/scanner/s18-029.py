import json
import os
from pathlib import Path

CACHE = Path.home() / ".cache" / "deploybot" / "tokens.json"


class TokenCache:
    def __init__(self, path=CACHE):
        self.path = Path(path)

    def save(self, tokens):
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(tokens, fh)

    def load(self):
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())
