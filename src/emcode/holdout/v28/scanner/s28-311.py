import json
import sys
import tempfile
import shutil


def export_playlist(tracks, dest):
    tmp = tempfile.mktemp(suffix=".json")
    with open(tmp, "w") as fh:
        json.dump({"tracks": tracks}, fh, indent=2)
    shutil.move(tmp, dest)


if __name__ == "__main__":
    export_playlist([line.strip() for line in sys.stdin if line.strip()], sys.argv[1])
