import json
import os
import subprocess
import tempfile
import sys


def render_floorplan(spec):
    path = tempfile.mktemp(suffix=".json")
    with open(path, "w") as fh:
        json.dump(spec, fh)
    try:
        subprocess.run(["floorplan-render", path, "-o", "floorplan.svg"], check=True)
    finally:
        os.remove(path)


if __name__ == "__main__":
    render_floorplan(json.load(sys.stdin))
