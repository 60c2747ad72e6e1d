import os
from pathlib import Path


class TokenStore:
    def __init__(self, directory: str, mode: int = 0o666):
        self.dir = Path(directory)
        self.mode = mode
        self.dir.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, token: str) -> Path:
        p = self.dir / f"{name}.token"
        p.write_text(token)
        os.chmod(p, self.mode)
        return p

    def load(self, name: str) -> str:
        return (self.dir / f"{name}.token").read_text().strip()
