import json
import os


class TokenStore:
    """Persist API tokens readable by the owning user only."""

    def __init__(self, path: str):
        self.path = path

    def save(self, tokens: dict) -> None:
        tmp = self.path + ".new"
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(tokens, fh)
        os.replace(tmp, self.path)

    def load(self) -> dict:
        with open(self.path) as fh:
            return json.load(fh)
