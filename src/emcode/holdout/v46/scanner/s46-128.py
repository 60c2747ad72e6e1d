import os
from pathlib import Path

LOG_DIR = Path("/var/lib/glacierlog")


def rotate(station):
    current = LOG_DIR / f"{station}.log"
    if current.exists():
        current.rename(current.with_suffix(".log.1"))
    current.touch()
    os.chmod(current, 0o640)
    return current


if __name__ == "__main__":
    for st in ("kangerlussuaq", "svalbard-2", "vatnajokull"):
        print(rotate(st))
