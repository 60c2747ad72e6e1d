import os
from pathlib import Path


class TokenStore:
    def __init__(self, root: str, mode: int = 0o666):
        self.root = Path(root)
        self.mode = mode

    def save(self, name: str, token: str) -> Path:
        path = self.root / f"{name}.token"
        path.write_text(token)
        os.chmod(path, self.mode)
        return path

    def load(self, name: str) -> str:
        return (self.root / f"{name}.token").read_text().strip()
