import os
from pathlib import Path


class TokenStore:
    def __init__(self, directory: str, mode: int = 0o600):
        self.directory = Path(directory)
        self.mode = mode

    def save(self, name: str, token: str) -> Path:
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = self.directory / f"{name}.token"
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self.mode)
        with os.fdopen(fd, "w") as fh:
            fh.write(token)
        return target
