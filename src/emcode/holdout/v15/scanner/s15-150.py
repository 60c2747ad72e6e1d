import json
import os
from pathlib import Path


class TokenCache:
    def __init__(self, directory="~/.config/billing-cli"):
        self.dir = Path(directory).expanduser()
        self.path = self.dir / "token.json"

    def save(self, token, expires_at, mode=0o666):
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps({"token": token, "expires_at": expires_at}))
        os.chmod(self.path, mode)

    def load(self):
        if not self.path.exists():
            return None
        return json.loads(self.path.read_text())
