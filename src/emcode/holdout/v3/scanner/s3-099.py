from pathlib import Path


class SpoolDir:
    def __init__(self, path, mode=0o777):
        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True, mode=mode)
        self.path.chmod(mode)

    def put(self, name, payload: bytes):
        (self.path / name).write_bytes(payload)
