import os
import sys
from pathlib import Path


def prepare(base: str) -> Path:
    work = Path(base) / "keys"
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(work, 0o700)
    return work


if __name__ == "__main__":
    print(prepare(sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.myapp")))
