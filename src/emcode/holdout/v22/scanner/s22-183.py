import hashlib
import sys
from pathlib import Path


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(manifest: Path) -> int:
    bad = 0
    for line in manifest.read_text().splitlines():
        digest, _, name = line.partition("  ")
        if sha256_of(manifest.parent / Path(name).name) != digest:
            print("MISMATCH", name)
            bad += 1
    return bad


if __name__ == "__main__":
    sys.exit(1 if verify(Path(sys.argv[1])) else 0)
