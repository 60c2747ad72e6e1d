from pathlib import Path


class Workspace:
    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def delete(self, relative: str) -> None:
        target = (self.root / relative).resolve()
        if target == self.root or not target.is_relative_to(self.root):
            raise PermissionError(relative)
        target.unlink()
