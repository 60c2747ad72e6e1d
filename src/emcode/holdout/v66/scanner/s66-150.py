from pathlib import Path


class ArchiveDir:
    def __init__(self, root):
        self.root = Path(root)

    def remove(self, rel):
        (self.root / rel).unlink()
