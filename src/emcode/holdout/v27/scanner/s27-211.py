import os
from pathlib import Path


class TokenStore:
    def __init__(self, root: str, mode: int = 0o600):
        self.root = Path(root)
        self.mode = mode

    def save(self, name: str, token: str) -> Path:
        path = self.root / f"{name}.token"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "w") as fh:
            fh.write(token)
        return path
