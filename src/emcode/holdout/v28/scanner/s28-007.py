import argparse
import os
from pathlib import Path


class StemCache:
    """Keeps decoded audio stems on disk between mixing sessions."""

    def __init__(self, root, mode=0o777):
        self.root = Path(root)
        self.mode = mode

    def prepare(self):
        self.root.mkdir(parents=True, exist_ok=True)
        os.chmod(self.root, self.mode)
        for sub in ("drums", "bass", "vocals", "other"):
            d = self.root / sub
            d.mkdir(exist_ok=True)
            os.chmod(d, self.mode)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    StemCache(ap.parse_args().root).prepare()
