import json
import shutil
import sys
from pathlib import Path


def restore(manifest_path, dest):
    manifest = json.loads(Path(manifest_path).read_text())
    base = Path(manifest_path).parent
    for entry in manifest["files"]:
        target = Path(dest) / entry["name"]
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(base / entry["blob"], target)
        print("restored", target)


if __name__ == "__main__":
    restore(sys.argv[1], sys.argv[2])
