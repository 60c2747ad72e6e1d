import os
import sys
from pathlib import Path


def init_store(root: Path):
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    keys = root / "keys"
    keys.mkdir(mode=0o700, exist_ok=True)
    cfg = root / "config.ini"
    if not cfg.exists():
        fd = os.open(cfg, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write("[barrier]\nzone = A\n")


if __name__ == "__main__":
    init_store(Path(sys.argv[1] if len(sys.argv) > 1 else "~/.carpark").expanduser())
