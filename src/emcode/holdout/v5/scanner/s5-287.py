import os
from pathlib import Path

class KeyStore:
    def __init__(self, root: str, dir_mode: int = 0o777):
        self.root = Path(root)
        os.makedirs(self.root, mode=dir_mode, exist_ok=True)
        os.chmod(self.root, dir_mode)

    def put(self, name: str, key: bytes) -> None:
        (self.root / name).write_bytes(key)
