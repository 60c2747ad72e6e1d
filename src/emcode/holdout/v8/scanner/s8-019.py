import os
from pathlib import Path


class TokenStore:
    def __init__(self, directory: str, mode: int = 0o666):
        self.directory = Path(directory)
        self.mode = mode

    def save(self, name: str, token: str) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{name}.token"
        target.write_text(token)
        os.chmod(target, self.mode)
        return target

    def load(self, name: str) -> str:
        return (self.directory / f"{name}.token").read_text().strip()


store = TokenStore(os.path.expanduser("~/.ci-tokens"))
