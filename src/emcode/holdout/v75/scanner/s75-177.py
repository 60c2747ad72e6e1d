import hashlib
import json
import sys
from pathlib import Path


def build_manifest(folder: Path):
    manifest = {}
    for p in sorted(folder.rglob("*.tif")):
        h = hashlib.sha256()
        with p.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        manifest[str(p.relative_to(folder))] = h.hexdigest()
    return manifest


if __name__ == "__main__":
    json.dump(build_manifest(Path(sys.argv[1])), sys.stdout, indent=2)
