import argparse
import os
from pathlib import Path


class DonationSpool:
    def __init__(self, root, dir_mode=0o777):
        self.root = Path(root)
        self.dir_mode = dir_mode

    def prepare(self):
        for sub in ("incoming", "processed", "rejected"):
            p = self.root / sub
            p.mkdir(parents=True, exist_ok=True)
            os.chmod(p, self.dir_mode)

    def drop(self, name, text):
        (self.root / "incoming" / name).write_text(text)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    spool = DonationSpool(ap.parse_args().root)
    spool.prepare()
