import json
import os
import sys
import tempfile


def export_playlist(tracks, dest):
    folder = os.path.dirname(os.path.abspath(dest))
    with tempfile.NamedTemporaryFile("w", dir=folder, suffix=".json", delete=False) as fh:
        json.dump({"tracks": tracks}, fh, indent=2)
        tmp = fh.name
    os.replace(tmp, dest)


if __name__ == "__main__":
    export_playlist([line.strip() for line in sys.stdin if line.strip()], sys.argv[1])
