from pathlib import Path


class SpoolDir:
    def __init__(self, path):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True, mode=0o700)

    def put(self, name, payload: bytes):
        (self.path / name).write_bytes(payload)
