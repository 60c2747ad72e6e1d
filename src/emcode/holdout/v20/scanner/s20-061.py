from pathlib import Path


class AssetStore:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def load(self, rel):
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root):
            raise ValueError("path escapes asset root")
        return target.read_bytes()
