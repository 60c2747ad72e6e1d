import os
from pathlib import Path


class TokenStore:
    def __init__(self, directory: str, mode: int = 0o600):
        self.dir = Path(directory)
        self.mode = mode
        self.dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def save(self, name: str, token: str) -> Path:
        p = self.dir / f"{name}.token"
        p.touch(mode=self.mode, exist_ok=True)
        os.chmod(p, self.mode)
        p.write_text(token)
        return p
