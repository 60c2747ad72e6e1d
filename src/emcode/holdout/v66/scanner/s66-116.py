from pathlib import Path


class ArchiveDir:
    def __init__(self, root):
        self.root = Path(root).resolve()

    def remove(self, rel):
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root) or target == self.root:
            raise PermissionError(rel)
        target.unlink()
