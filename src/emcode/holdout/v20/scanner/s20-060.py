from pathlib import Path


class AssetStore:
    def __init__(self, root):
        self.root = Path(root)

    def load(self, rel):
        return (self.root / rel).read_bytes()
