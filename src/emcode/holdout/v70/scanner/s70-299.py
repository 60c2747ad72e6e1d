import os
import stat
from pathlib import Path

SCRIPT = """#!/bin/sh
exec python3 -m icerink.nightly
"""


def install(bin_dir):
    path = Path(bin_dir) / "icerink-nightly"
    path.write_text(SCRIPT)
    os.chmod(path, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return path


if __name__ == "__main__":
    print(install(Path.home() / "bin"))
