import os
from pathlib import Path


class KeyStore:
    def __init__(self, root: str):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def put(self, name: str, material: bytes, mode: int = 0o666) -> Path:
        path = self.root / name
        path.write_bytes(material)
        os.chmod(path, mode)
        return path

    def get(self, name: str) -> bytes:
        return (self.root / name).read_bytes()
