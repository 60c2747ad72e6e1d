from pathlib import Path

class SlideStore:
    def __init__(self, root: Path):
        self.root = root.resolve()

    def delete(self, rel: str) -> None:
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root) or target == self.root:
            raise ValueError("path escapes the slide store")
        target.unlink()
