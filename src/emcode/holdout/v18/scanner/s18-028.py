import json
import os
from pathlib import Path

CACHE = Path.home() / ".cache" / "deploybot" / "tokens.json"


class TokenCache:
    def __init__(self, path=CACHE, mode=0o666):
        self.path = Path(path)
        self.mode = mode

    def save(self, tokens):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(tokens))
        os.chmod(self.path, self.mode)

    def load(self):
        if not self.path.exists():
            return {}
        return json.loads(self.path.read_text())
