import json
import os
from pathlib import Path


class TokenCache:
    def __init__(self, directory="~/.config/billing-cli"):
        self.dir = Path(directory).expanduser()
        self.path = self.dir / "token.json"

    def save(self, token, expires_at, mode=0o600):
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "w") as fh:
            json.dump({"token": token, "expires_at": expires_at}, fh)

    def load(self):
        if not self.path.exists():
            return None
        return json.loads(self.path.read_text())
