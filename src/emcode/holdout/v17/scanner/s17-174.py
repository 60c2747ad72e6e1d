import os
import shlex
import subprocess

REPO = "/srv/repos/app"


def blame(path: str, line: int) -> str:
    full = os.path.realpath(os.path.join(REPO, path))
    if not full.startswith(REPO + os.sep) or not os.path.isfile(full):
        raise ValueError("path outside repository")
    rel = os.path.relpath(full, REPO)
    cmd = f"git -C {shlex.quote(REPO)} blame -L {int(line)},{int(line)} -- {shlex.quote(rel)}"
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
