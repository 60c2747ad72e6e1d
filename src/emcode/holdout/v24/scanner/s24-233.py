from pathlib import Path

class SlideStore:
    def __init__(self, root: Path):
        self.root = root

    def delete(self, rel: str) -> None:
        (self.root / rel).unlink()
