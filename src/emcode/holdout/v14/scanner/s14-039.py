import hashlib
import sys
from pathlib import Path


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            h.update(block)
    return h.hexdigest()


def verify_manifest(manifest: Path) -> int:
    bad = 0
    for line in manifest.read_text().splitlines():
        expected, name = line.split(maxsplit=1)
        actual = file_digest(manifest.parent / name)
        if actual != expected:
            print(f"MISMATCH {name}")
            bad += 1
    return bad


if __name__ == "__main__":
    sys.exit(1 if verify_manifest(Path(sys.argv[1])) else 0)
