import os
import stat
from pathlib import Path

LAUNCHER = """#!/bin/sh
exec "$(dirname "$0")/bin/mothgame" "$@"
"""


def write_launcher(dist):
    path = Path(dist) / "mothgame.sh"
    path.write_text(LAUNCHER)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return path


if __name__ == "__main__":
    print(write_launcher("dist"))
