import os
from pathlib import Path

class KeyStore:
    def __init__(self, root: str, dir_mode: int = 0o700):
        self.root = Path(root)
        os.makedirs(self.root, mode=dir_mode, exist_ok=True)

    def put(self, name: str, key: bytes) -> None:
        target = self.root / Path(name).name
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
