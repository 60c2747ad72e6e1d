from pathlib import Path


class Workspace:
    def __init__(self, root: str):
        self.root = Path(root)

    def delete(self, relative: str) -> None:
        (self.root / relative).unlink()

    def list(self):
        return sorted(p.name for p in self.root.iterdir())
