import json
import shutil
import sys
from pathlib import Path


def restore(manifest_path, dest):
    manifest = json.loads(Path(manifest_path).read_text())
    base = Path(manifest_path).parent.resolve()
    root = Path(dest).resolve()
    for entry in manifest["files"]:
        target = (root / entry["name"]).resolve()
        blob = (base / entry["blob"]).resolve()
        if not target.is_relative_to(root) or not blob.is_relative_to(base):
            print("skipping unsafe entry", entry["name"], file=sys.stderr)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(blob, target)


if __name__ == "__main__":
    restore(sys.argv[1], sys.argv[2])
