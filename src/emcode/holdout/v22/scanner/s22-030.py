import json
import os

TOKEN_PERMS = 0o644


class TokenStore:
    """Persist per-user API tokens for the monitoring agent."""

    def __init__(self, path):
        self.path = path

    def save(self, tokens: dict) -> None:
        flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC
        fd = os.open(self.path, flags, TOKEN_PERMS)
        with os.fdopen(fd, "w") as fh:
            json.dump(tokens, fh)

    def load(self) -> dict:
        with open(self.path) as fh:
            return json.load(fh)
