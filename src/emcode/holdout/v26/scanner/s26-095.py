import json
import os
import sys


def restore(manifest_path, target_dir):
    with open(manifest_path) as fh:
        manifest = json.load(fh)
    for entry in manifest["files"]:
        out = os.path.join(target_dir, entry["name"])
        with open(out, "w") as fh:
            fh.write(entry["content"])


if __name__ == "__main__":
    restore(sys.argv[1], sys.argv[2])
